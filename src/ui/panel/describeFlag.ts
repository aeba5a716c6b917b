import type { Translate } from '../i18n';

/**
 * A flag in plain words: its own translation when we have one, a generic best-effort sentence
 * for other `best-effort:*` reasons, and a generic sentence for flags a rulebook override adds.
 */
export function describeFlag(flag: string, t: Translate, has: (key: string) => boolean): string {
  // Flag slugs may contain dots only in custom rulebooks; those cannot be translation keys.
  const key = `ui.flags.descriptions.${flag}`;
  if (!flag.includes('.') && has(key)) return t(key);
  if (flag.startsWith('best-effort:')) {
    return t('ui.flags.bestEffortGeneric', { reason: flag.slice('best-effort:'.length).replace(/-/g, ' ') });
  }
  return t('ui.flags.generic', { flag });
}

/** Garden notification type per flag: outages and best effort warn, the rest inform. */
export function flagTone(flag: string): 'warning' | 'info' | 'error' {
  if (flag === 'sev0-check') return 'error';
  if (flag.startsWith('best-effort:') || flag === 'beta-feature' || flag === 'severity-pressure') return 'warning';
  return 'info';
}
