// Garden's Button, pre-rendered: the same element, classes and data attributes as
// @zendeskgarden/react-buttons renders for the variants in lookCatalogue.tsx, with no CSS-in-JS at
// run time. Only the small size: the sidebar uses no other.
import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { lookAttributes } from './primitives';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  size: 'small';
  isPrimary?: boolean;
  isBasic?: boolean;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { size, isPrimary, isBasic, type = 'button', className, ...rest },
  ref,
) {
  const name = isPrimary
    ? (`button.${size}.primary` as const)
    : isBasic
      ? (`button.${size}.basic` as const)
      : (`button.${size}` as const);
  return <button type={type} {...rest} {...lookAttributes(name, className)} ref={ref} />;
});
