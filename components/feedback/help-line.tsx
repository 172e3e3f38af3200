import { getLocale, getTranslations } from 'next-intl/server';
import { describeOpeningHours } from '@/lib/format/opening-hours';
import { helpLine, type HelpLineScope } from '@/lib/upstream/help-line';

/**
 * Where a citizen may be stuck (no free day, an appointment to ask about, a waiting list): how to
 * reach the help line and when it answers, from the Contact Center's schedules. Nothing when no
 * group is configured or the read fails.
 */
export async function HelpLineNote({ scope }: { scope: HelpLineScope }) {
  const line = await helpLine(scope);
  if (!line) return null;
  const [t, locale] = await Promise.all([getTranslations('helpLine'), getLocale()]);
  const hours = describeOpeningHours(line.hours, locale, {
    range: (from, to) => t('range', { from, to }),
    times: (start, end) => t('times', { start, end }),
  });
  return (
    <section aria-labelledby="help-line-title" className="mb-8 border-l-4 border-brand pl-4 print:hidden">
      <h2 id="help-line-title" className="heading-m">
        {t('title')}
      </h2>
      {line.contact && <p>{t('callAt', { contact: line.contact })}</p>}
      <p>{t('hours', { hours })}</p>
    </section>
  );
}
