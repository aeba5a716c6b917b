// Whether the panel's first assessment has been on screen. The later parts wait for it before
// they even ask for their chunk, so fetching, evaluating and rendering them never competes with
// the first paint (a small chunk can land within the first render otherwise).
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
