// The panel's look, written with styled-components on Garden's theme so spacing, colours and
// focus rings match Zendesk. Kept tiny: the 320 px sidebar has no room for decoration.
// Nothing in the app renders these: `npm run look` (part of `npm run build`) renders each variant
// listed in lookCatalogue.tsx once, at build time, into static CSS (look.generated.css) and class
// names (look.generated.ts), and the panel uses those through primitives.tsx. So the first paint
// generates no CSS at run time and loads no CSS-in-JS.
import styled, { css, keyframes } from 'styled-components';
import { focusStyles, getColor } from '@zendeskgarden/react-theming';

/** `$first`: the summary at the very top needs no rule above it. */
export const Section = styled.section<{ $first?: boolean }>`
  padding: ${(p) => (p.$first ? `${p.theme.space.xxs} 0 ${p.theme.space.sm}` : `${p.theme.space.sm} 0`)};
  border-top: ${(p) =>
    p.$first
      ? 'none'
      : `${p.theme.borders.sm} ${getColor({ theme: p.theme, variable: 'border.default' })}`};
`;

export const SectionHeading = styled.h2`
  margin: 0 0 ${(p) => p.theme.space.xxs};
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  line-height: ${(p) => p.theme.lineHeights.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  text-transform: uppercase;
  letter-spacing: 0.02em;
`;

export const Line = styled.p`
  margin: 0 0 ${(p) => p.theme.space.xxs};
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
  overflow-wrap: anywhere;
`;

export const Subtle = styled.p`
  margin: 0 0 ${(p) => p.theme.space.xxs};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  overflow-wrap: anywhere;
`;

export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
`;

export const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xs};
`;

const pulse = keyframes`
  from { opacity: 1; }
  to { opacity: 0.5; }
`;

/** A grey bar that reserves the space of text still loading, so nothing jumps when it arrives. */
export const SkeletonBar = styled.span<{ $width?: string }>`
  display: block;
  width: ${(p) => p.$width ?? '100%'};
  height: ${(p) => p.theme.lineHeights.md};
  margin-bottom: ${(p) => p.theme.space.xxs};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.emphasis' })};
  animation: ${pulse} 0.9s ease-in-out infinite alternate;
  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
`;

/** The "Why?" toggle: a real button that looks like a small link, with Garden's focus ring. */
export const DisclosureButton = styled.button`
  padding: 0;
  border: none;
  background: none;
  cursor: pointer;
  font: inherit;
  font-size: ${(p) => p.theme.fontSizes.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.primary' })};
  text-decoration: underline;
  border-radius: ${(p) => p.theme.borderRadii.sm};
  ${(p) => focusStyles({ theme: p.theme })}
`;

export const ReasonList = styled.ul`
  margin: ${(p) => p.theme.space.xxs} 0 0;
  padding-left: ${(p) => p.theme.space.md};
  list-style: disc;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  overflow-wrap: anywhere;
`;

/** One line, cut with an ellipsis: the macro body preview. */
export const Preview = styled.p`
  margin: 0 0 ${(p) => p.theme.space.xxs};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
`;

export const Result = styled.p<{ $tone: 'success' | 'danger' | 'warning' | 'neutral' }>`
  margin: ${(p) => p.theme.space.xxs} 0 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  ${(p) =>
    p.$tone !== 'neutral' &&
    css`
      color: ${getColor({ theme: p.theme, variable: `foreground.${p.$tone}` })};
    `}
`;

export const PlainList = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
`;

/** Read by screen readers, not shown. */
export const VisuallyHidden = styled.span`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;

/** A one-line text box in Garden's colours (the panel has no forms package: one input). */
export const TextInput = styled.input`
  box-sizing: border-box;
  width: 100%;
  padding: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.xs};
  font: inherit;
  font-size: ${(p) => p.theme.fontSizes.md};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  ${(p) => focusStyles({ theme: p.theme })}
`;

/** A short "Label: value" line of the summary; the label subdued so the value reads first. */
export const SummaryLine = styled.p`
  margin: 0 0 ${(p) => p.theme.space.xxs};
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
  overflow-wrap: anywhere;
`;

export const SummaryLabel = styled.span`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

/** A value the triager acts on: bold, so the eye finds it in the line. */
export const Strong = styled.strong`
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

/** The summary's severity and best-effort tags, with room below them. */
export const TagRow = styled(Row)`
  margin-bottom: ${(p) => p.theme.space.xs};
`;

/** A macro's title: clipped by length elsewhere, wrapping anywhere, so it never overflows. */
export const MacroTitle = styled(Line)`
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const FlagList = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
`;

const TONE_VARIABLE = {
  error: 'border.dangerEmphasis',
  warning: 'border.warningEmphasis',
  info: 'border.primaryEmphasis',
} as const;

/** One flag, one sentence: a coloured rule on the left instead of a padded alert box. */
export const FlagRow = styled.li<{ $tone: keyof typeof TONE_VARIABLE }>`
  padding-left: ${(p) => p.theme.space.xs};
  border-left: 3px solid ${(p) => getColor({ theme: p.theme, variable: TONE_VARIABLE[p.$tone] })};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  overflow-wrap: anywhere;
`;

/** The panel root every state renders into. */
export const PanelMain = styled.main`
  box-sizing: border-box;
  padding: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.sm} ${(p) => p.theme.space.sm};
  min-width: 0;
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
`;

/** The input problems the engine worked around: collapsed, subdued. */
export const WarningDetails = styled.details`
  margin-top: ${(p) => p.theme.space.xs};
  font-size: ${(p) => p.theme.fontSizes.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  summary {
    cursor: pointer;
  }
`;

// One line kept free above the ticket at all times, so "Updating…" coming and going never moves
// the panel under the triager's pointer. The skeleton keeps the same line free.
export const StatusLine = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: ${(p) => p.theme.space.xs};
  min-height: ${(p) => p.theme.lineHeights.sm};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;
