// Whether a schedule's time zone exists, checked when the settings are read (before the first
// paint), apart from the zone arithmetic of zoneTime.ts, which only the first-response clock needs.
import { tzOffset } from '@date-fns/tz/tzOffset';

let canonicalZones: ReadonlySet<string> | undefined;

/**
 * Whether Intl knows the zone. Intl's list of canonical zones answers in a few milliseconds on a
 * fresh page, where the first DateTimeFormat with a zone (what tzOffset makes) costs 40–60 ms while
 * ICU loads its zone data: the sidebar reads its settings before the first paint. Names outside the
 * list (aliases such as "US/Eastern") are asked the slow way: an unknown one makes tzOffset NaN.
 */
export function isKnownTimeZone(zone: string): boolean {
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  return canonicalZones.has(zone) || !Number.isNaN(tzOffset(zone, new Date(0)));
}
