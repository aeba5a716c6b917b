import type { Translate } from './createTranslator';

// The engine states first-response targets in English ("2 business hours", "4 business hours,
// 24x7", "1 business day"). This reads that fixed shape and says it in the agent's language: the
// number through Intl.NumberFormat, the unit's plural form through Intl.PluralRules.
const TARGET = /^(\d+) business (hour|day)s?(, 24x7)?$/;

export function formatResponseTarget(target: string, locale: string, t: Translate): string {
  const match = TARGET.exec(target.trim());
  if (!match) return target;
  const count = Number(match[1]);
  const unit = match[2] === 'hour' ? 'hours' : 'days';
  let plural: string;
  let number: string;
  try {
    plural = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
    number = new Intl.NumberFormat(locale).format(count);
  } catch {
    plural = count === 1 ? 'one' : 'other';
    number = String(count);
  }
  const duration = t(`ui.duration.business.${unit}.${plural}`, { count: number });
  return match[3] ? t('ui.duration.allWeek', { duration }) : duration;
}
