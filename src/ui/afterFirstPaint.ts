// Whether the panel's first assessment has been on screen. Everything fetched after the first
// paint waits for it (the later parts, the first-response clock, the agent's actions), so
// fetching, evaluating and rendering them never competes with that paint (a small chunk can land
// within the first render otherwise).
let painted = false;
const listeners = new Set<() => void>();

/** Called once the first assessment is on screen; opens the gate in the next task. */
export function noteFirstPaint(): void {
  if (painted) return;
  setTimeout(() => {
    painted = true;
    for (const listener of listeners) listener();
  }, 0);
}

export function subscribeFirstPaint(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function hasFirstPaint(): boolean {
  return painted;
}
