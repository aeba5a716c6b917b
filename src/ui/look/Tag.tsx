// Garden's Tag, pre-rendered: the same element, classes and data attributes as
// @zendeskgarden/react-tags renders for the variants in lookCatalogue.tsx, with no CSS-in-JS at
// run time.
import { forwardRef, type HTMLAttributes } from 'react';
import { LOOK } from './look.generated';
import { lookAttributes, type ElementLook } from './primitives';

export interface TagProps extends HTMLAttributes<HTMLDivElement> {
  size: 'small' | 'large';
  hue?: 'red' | 'yellow' | 'grey' | 'blue';
  isRegular?: boolean;
}

export const Tag = forwardRef<HTMLDivElement, TagProps>(function Tag(
  { size, hue, isRegular, className, ...rest },
  ref,
) {
  const name = `tag.${size}${hue ? `.${hue}` : ''}${isRegular ? '.regular' : ''}`;
  if (!(name in LOOK)) throw new Error(`No pre-rendered look "${name}": add it to lookCatalogue.tsx`);
  return <div {...rest} {...lookAttributes(name as ElementLook, className)} ref={ref} />;
});
