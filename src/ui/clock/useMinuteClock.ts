import { useEffect, useState } from 'react';

const MINUTE = 60_000;

/**
 * The time now, updated on each new minute of `now()` (never re-reading the ticket). The timer is
 * set for the next minute boundary, so a page with a fake clock ticks exactly when it advances.
 */
export function useMinuteClock(now: () => Date): number {
  const [time, setTime] = useState(() => now().getTime());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const current = now().getTime();
      const wait = Number.isFinite(current)
        ? MINUTE - (((current % MINUTE) + MINUTE) % MINUTE)
        : MINUTE;
      timer = setTimeout(() => {
        setTime(now().getTime());
        schedule();
      }, wait);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [now]);
  return time;
}
