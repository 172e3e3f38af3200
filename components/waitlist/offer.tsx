import { getTranslations } from 'next-intl/server';
import type { Journey } from '@/lib/booking/journey';
import { journeyQuery } from '@/lib/booking/steps';
import { waitlistChannels } from '@/lib/waitlist/join';

/** Under the days of a unit: "tell me if a place opens", said first when no day is free. */
export async function WaitingListOffer({ journey, full }: { journey: Journey; full: boolean }) {
  if (waitlistChannels().length === 0) return null;
  const t = await getTranslations('waitlist');
  const href = `/waiting-list/join?${journeyQuery({ ...journey, date: undefined, time: undefined }, 'date')}`;
  return (
    <section aria-labelledby="waitlist-offer" className="mt-10 border-t border-secondary pt-6">
      <h2 id="waitlist-offer" className="heading-m">
        {t('offerTitle')}
      </h2>
      <p className="mb-4">{full ? t('offerEmptyBody') : t('offerBody')}</p>
      <a href={href} className={full ? 'button' : undefined}>
        {t('offerLink')}
      </a>
    </section>
  );
}
