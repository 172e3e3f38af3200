import { getLocale, getTranslations } from 'next-intl/server';
import { Notice } from '@/components/ui/notice';
import { formatInstant } from '@/lib/format';
import type { ReleaseRequest } from '@/lib/requests';
import type { Appointment } from '@/lib/tatodesk';

/**
 * Where an appointment stands with the citizen's own request, in words that promise nothing the
 * product does not keep: "requested" until Tatodesk says "cancelled"; and, while it can still be
 * changed, the two ways to give the place back.
 */
export async function AppointmentChange({
  appointment: a,
  request,
  canAsk,
  justRequested,
  told = false,
  rescheduleAction,
}: {
  appointment: Pick<Appointment, 'protocol' | 'status' | 'unit'>;
  request?: ReleaseRequest;
  canAsk: boolean;
  justRequested: boolean;
  /** Just requested, and the citizen was sent word of it. */
  told?: boolean;
  /** "Choose another time", bound to this appointment. */
  rescheduleAction: (form: FormData) => Promise<void>;
}) {
  const [t, locale] = await Promise.all([getTranslations('change'), getLocale()]);
  if (request) {
    const date = formatInstant(request.requestedAt, locale, a.unit.timeZone);
    const cancelled = a.status === 'cancelled';
    const body = (
      <>
        {request.newProtocol && (
          <p className="mb-2">
            {t('replacedBy', { protocol: request.newProtocol })}{' '}
            <a href={`/appointments/${request.newProtocol}`}>{t('seeNew', { protocol: request.newProtocol })}</a>
          </p>
        )}
        {!cancelled && (
          <p>
            {request.newProtocol ? t('releaseRequested', { date }) : t('requested', { date })} {t('requestedWait')}
          </p>
        )}
        {justRequested && told && <p className="mt-2">{t('told')}</p>}
      </>
    );
    return justRequested ? (
      <Notice title={t('requestedTitle')}>{body}</Notice>
    ) : (
      <section aria-label={t('requestedTitle')} className="mb-8 border-l-4 border-brand pl-4 text-lg">
        {body}
      </section>
    );
  }
  if (!canAsk) return null;
  return (
    <section aria-labelledby="change-title" className="mb-8 print:hidden">
      <h2 id="change-title" className="heading-m">
        {t('sectionTitle')}
      </h2>
      <p className="mb-4">{t('sectionLead')}</p>
      <form action={rescheduleAction} className="mb-4">
        <button type="submit" className="button">
          {t('reschedule')}
        </button>
        <p className="text-secondary">{t('rescheduleHint')}</p>
      </form>
      <p>
        <a href={`/appointments/${a.protocol}/cancel`}>{t('cancel')}</a>
      </p>
    </section>
  );
}
