import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { readParam, type SearchParams } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { parseJourney } from './journey';
import { justBooked } from './just-booked';
import type { ChoiceStep } from './steps';

/** A question page's title, marked "Error:" when its answer was submitted empty. */
export function stepMetadata(step: ChoiceStep | 'check') {
  return async function generateMetadata(props: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
    const [t, common, search] = await Promise.all([
      getTranslations('booking'),
      getTranslations('common'),
      props.searchParams,
    ]);
    if (step === 'check' && (await justBooked(parseJourney(search))))
      return { title: await pageTitle(t('booked.title')) };
    const title = t(`${step}.title`);
    // Only a question can come back unanswered; the details form marks its own title.
    const failed = step !== 'check' && readParam(search, 'go') === '1' && !readParam(search, step);
    return { title: await pageTitle(failed ? `${common('errorPrefix')} ${title}` : title) };
  };
}
