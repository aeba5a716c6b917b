// Whether the panel's first assessment has been on screen. Everything fetched after the first
// paint waits for it (the later parts, the first-response clock, the agent's actions), so
// fetching, evaluating and rendering them never competes with that paint (a small chunk can land
// within the first render otherwise).
import { publishedValue } from './publishedValue';

const painted = publishedValue(false);

/** Called once the first assessment is on screen; opens the gate in the next task. */
export function noteFirstPaint(): void {
  if (painted.get()) return;
  setTimeout(() => painted.set(true), 0);
}

export const subscribeFirstPaint = painted.subscribe;

export const hasFirstPaint: () => boolean = painted.get;
