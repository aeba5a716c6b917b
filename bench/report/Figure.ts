// One row of the `npm run bench` table. `met` is null when the figure could not be measured: the
// row still prints, with the reason, so a broken measurement is visible instead of silently absent.

export interface Figure {
  name: string;
  measured: string;
  target: string;
  met: boolean | null;
}

export function notMeasured(name: string, target: string, error: unknown): Figure {
  const reason = error instanceof Error ? error.message : String(error);
  return { name, measured: `not measured: ${reason.split('\n')[0]}`, target, met: null };
}
