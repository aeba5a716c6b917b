// The panel's layout primitives as plain elements with their pre-rendered look (lookSource.ts,
// compiled by `npm run look`): the same names and props as the styled-components source, with no
// CSS generated at run time. `as` renders another element with the same look.
import {
  createElement,
  forwardRef,
  type AllHTMLAttributes,
  type ElementType,
  type InputHTMLAttributes,
} from 'react';
import { LOOK } from './look.generated';

/** The looks that style one element by its classes (not a whole drawing, like an icon). */
export type ElementLook = {
  [Name in keyof typeof LOOK]: (typeof LOOK)[Name] extends { className: string } ? Name : never;
}[keyof typeof LOOK];

type Props<Extra> = AllHTMLAttributes<HTMLElement> & { as?: ElementType } & Extra;

/** Joins a look's classes with the caller's. */
function withLook(name: ElementLook, className?: string): string {
  const own: string = LOOK[name].className;
  return className ? `${own} ${className}` : own;
}

/** The attributes a look puts on its element (classes, Garden's markers), the caller's classes joined in. */
export function lookAttributes(name: ElementLook, className?: string): Record<string, string> {
  return { ...LOOK[name], className: withLook(name, className) };
}

function primitive<Extra extends object = object>(
  tag: ElementType,
  pick: (props: Extra) => ElementLook,
  keys: (keyof Extra)[] = [],
) {
  return forwardRef<HTMLElement, Props<Extra>>(function Primitive(props, ref) {
    const { as, className, ...rest } = props as Props<Extra> & Record<string, unknown>;
    for (const key of keys) delete rest[key as string];
    return createElement(as ?? tag, {
      ...rest,
      ref,
      className: withLook(pick(props as unknown as Extra), className),
    });
  });
}

const fixed = (name: ElementLook) => () => name;

export const Section = primitive<{ $first?: boolean }>('section', (p) => (p.$first ? 'section.first' : 'section'), ['$first']);
export const SectionHeading = primitive('h2', fixed('sectionHeading'));
export const Line = primitive('p', fixed('line'));
export const Subtle = primitive('p', fixed('subtle'));
export const Row = primitive('div', fixed('row'));
export const Stack = primitive('div', fixed('stack'));
export const SkeletonBar = primitive<{ $width: '45%' | '50%' | '60%' | '70%' | '80%' }>(
  'span',
  (p) => `skeletonBar.${p.$width.replace('%', '')}` as ElementLook,
  ['$width'],
);
export const DisclosureButton = primitive('button', fixed('disclosureButton'));
export const ReasonList = primitive('ul', fixed('reasonList'));
export const Preview = primitive('p', fixed('preview'));
export const Result = primitive<{ $tone: 'success' | 'danger' | 'warning' | 'neutral' }>('p', (p) => `result.${p.$tone}`, ['$tone']);
export const PlainList = primitive('ul', fixed('plainList'));
export const VisuallyHidden = primitive('span', fixed('visuallyHidden'));
export const TextInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(
  function TextInput({ className, ...rest }, ref) {
    return <input {...rest} ref={ref} className={withLook('textInput', className)} />;
  },
);
export const SummaryLine = primitive('p', fixed('summaryLine'));
export const SummaryLabel = primitive('span', fixed('summaryLabel'));
export const Strong = primitive('strong', fixed('strong'));
export const TagRow = primitive('div', fixed('tagRow'));
export const MacroTitle = primitive('p', fixed('macroTitle'));
export const FlagList = primitive('ul', fixed('flagList'));
export const FlagRow = primitive<{ $tone: 'error' | 'warning' | 'info' }>('li', (p) => `flagRow.${p.$tone}`, ['$tone']);
export const PanelMain = primitive('main', fixed('panelMain'));
export const WarningDetails = primitive('details', fixed('warningDetails'));
export const StatusLine = primitive('div', fixed('statusLine'));
