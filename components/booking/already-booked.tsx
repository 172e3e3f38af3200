import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/ui/notice';

const confirmation = (ref: string) => `/book/confirmation?ref=${ref}`;

/** In place of a step of a journey this browser has just booked: where its confirmation is. */
export async function AlreadyBooked({ bookingRef, pageTitle }: { bookingRef: string; pageTitle?: string }) {
  const t = await getTranslations('booking.booked');
  return (
    <>
      {pageTitle && <title>{pageTitle}</title>}
      <h1 className="heading-l">{t('title')}</h1>
      <p className="body-l mb-6">{t('body')}</p>
      <p className="flex flex-wrap gap-6">
        <a href={confirmation(bookingRef)} className="button">
          {t('view')}
        </a>
        <a href="/" className="self-center">
          {t('again')}
        </a>
      </p>
    </>
  );
}

/** Above a question of a day this browser has just booked. */
export async function BookedThisDay({ bookingRef }: { bookingRef: string }) {
  const t = await getTranslations('booking.booked');
  return (
    <Notice title={t('title')}>
      {t('sameDay')} <a href={confirmation(bookingRef)}>{t('view')}</a>
    </Notice>
  );
}
