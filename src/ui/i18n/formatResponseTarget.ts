import type { Translate } from './createTranslator';

// The engine states first-response targets in English ("2 business hours", "4 business hours,
// 24x7", "1 business day"). This reads that fixed shape and says it in the agent's language: the
// number through Intl.NumberFormat, the unit's plural form through Intl.PluralRules.
const TARGET = /^(\d+) business (hour|day)s?(, 24x7)?$/;
// Languages that say a whole number under 1,000 in plain digits and use "one" for 1 only.
const PLAIN_DIGITS = /^(en|de)(-|$)/i;

export function formatResponseTarget(target: string, locale: string, t: Translate): string {
  const match = TARGET.exec(target.trim());
  if (!match) return target;
  const count = Number(match[1]);
  const unit = match[2] === 'hour' ? 'hours' : 'days';
  const { plural, number } = sayCount(count, locale);
  const duration = t(`ui.duration.business.${unit}.${plural}`, { count: number });
  return match[3] ? t('ui.duration.allWeek', { duration }) : duration;
}

function sayCount(count: number, locale: string): { plural: 'one' | 'other'; number: string } {
  // Intl's answer for English and German, without the 30–40 ms that the first PluralRules or
  // NumberFormat on a fresh page costs while ICU loads its locale data: this runs in the panel's
  // first paint.
  if (PLAIN_DIGITS.test(locale) && count < 1000)
    return { plural: count === 1 ? 'one' : 'other', number: String(count) };
  try {
    return {
      plural: new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other',
      number: new Intl.NumberFormat(locale).format(count),
    };
  } catch {
    return { plural: count === 1 ? 'one' : 'other', number: String(count) };
  }
}
