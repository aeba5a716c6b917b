// The parts of the panel the first paint does not need come from one chunk (laterParts.ts),
// fetched once the first assessment is on screen (afterFirstPaint.ts), with the rule texts their
// reasons need (ruleTexts.ts). Until both land they render nothing; if either cannot be fetched
// they stay out and the assessment stays on screen.
import { useEffect, useSyncExternalStore, type ComponentProps, type ComponentType } from 'react';
import { loadOnce } from '../rules/loadOnce';
import { hasFirstPaint, subscribeFirstPaint } from './afterFirstPaint';
import { ErrorBoundary } from './ErrorBoundary';
import { loadLaterEnglish } from './i18n/loadLaterEnglish';
import { publishedValue } from './publishedValue';
import { hasRuleTexts, loadRuleTexts, subscribeRuleTexts } from './ruleTexts';

type LaterParts = typeof import('./laterParts');
type PartName = Exclude<keyof LaterParts, 'GardenTheme'>;

// The chunk once it has landed, published here rather than through React.lazy: lazy keeps a
// failed fetch for the life of the page, and the parts would then never come back.
const landed = publishedValue<LaterParts | null>(null);

/**
 * The later parts' chunk, fetched once per page (a failed fetch is tried again next time). Their
 * English words come with them (the start-up chunk has only the first paint's), and the rule
 * texts, published before this resolves; the chunk is published last, with everything it needs.
 */
export const loadLaterParts: () => Promise<LaterParts> = loadOnce(() =>
  Promise.all([import('./laterParts'), loadLaterEnglish(), loadRuleTexts()]).then(([parts]) => {
    landed.set(parts);
    return parts;
  }),
);

const nothing = () => null;

/**
 * A component of the later parts' chunk, rendered in place once the chunk has landed, inside
 * Garden's theme (the later parts render Garden's components).
 */
export function laterPart<Name extends PartName>(
  name: Name,
): ComponentType<ComponentProps<LaterParts[Name]>> {
  type Props = ComponentProps<LaterParts[Name]>;
  function LaterPart(props: Props) {
    const painted = useSyncExternalStore(subscribeFirstPaint, hasFirstPaint);
    // Rendered only once the rule texts are in: the panel's rulebook reads the same store in the
    // same render, so the assessment this part shows was made with the rules' words.
    const worded = useSyncExternalStore(subscribeRuleTexts, hasRuleTexts);
    const parts = useSyncExternalStore(landed.subscribe, landed.get);
    useEffect(() => {
      // A fetch that failed is tried again when the panel next renders (a ticket change, say);
      // meanwhile the part stays out, quietly: the panel works without it.
      if (painted && !parts) loadLaterParts().catch(() => {});
    });
    if (!painted || !worded || !parts) return null;
    const { GardenTheme } = parts;
    // Typed loosely inside: the props are checked where LaterPart is used.
    const Part = parts[name] as ComponentType<object>;
    return (
      <ErrorBoundary fallback={nothing}>
        <GardenTheme>
          <Part {...(props as object)} />
        </GardenTheme>
      </ErrorBoundary>
    );
  }
  LaterPart.displayName = `LaterPart(${name})`;
  return LaterPart;
}
