import { useTranslation } from '../i18n';
import { Subtle } from '../look/primitives';

/** "and 9,980 more" under a list the panel cut short; nothing when nothing was left out. */
export function MoreCount({
  count,
  translationKey,
  testId,
}: {
  count: number;
  translationKey: string;
  testId: string;
}) {
  const { t, locale } = useTranslation();
  if (count <= 0) return null;
  return (
    <Subtle data-testid={testId} data-more={count}>
      {t(translationKey, { count: count.toLocaleString(locale) })}
    </Subtle>
  );
}
