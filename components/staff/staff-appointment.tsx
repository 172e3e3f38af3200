'use client';

import { answerRows } from '@/components/booking/answer-rows';
import { personRows } from '@/components/booking/person-rows';
import { useLocale, useTranslations } from '@/components/i18n/intl-provider';
import { useLiveQuery } from '@/components/live/use-live-query';
import { SummaryList } from '@/components/ui/summary-list';
import { BOOKED_BY_KEY } from '@/lib/answers/booked-by';
import type { Consent } from '@/lib/answers/consent';
import { hasPriority } from '@/lib/answers/priority';
import { documentHref, type AppointmentView } from '@/lib/appointments/view';
import { formatPhone } from '@/lib/br/phone';
import { personDetails } from '@/lib/details/person';
import { formatAddress, formatDate } from '@/lib/format';
import type { FormField } from '@/lib/tatodesk/types';

/** An appointment as the front desk sees it; its status follows the upstream by itself. */
export function StaffAppointment({
  initial,
  fields,
  consent,
  lookup,
  refreshMs,
  zone,
}: {
  initial: AppointmentView;
  /** The service's questions (and the priority question), to show the answers as the form did. */
  fields: FormField[];
  /** The consent to phone messages as it stands now (a withdrawal since booking included). */
  consent: Consent;
  lookup: { protocol: string } | { attendanceId: number };
  /** How often the status is asked again (STAFF_REFRESH_SECONDS). */
  refreshMs: number;
  /** The unit's zone by name, where it is not Brasília time. */
  zone?: string;
}) {
  const t = useTranslations('staff.appointment');
  const statuses = useTranslations('statuses');
  const citizenT = useTranslations('appointment');
  const bookingT = useTranslations('booking');
  const priorityT = useTranslations('priority');
  const locale = useLocale();
  const { data: a, signedOut } = useLiveQuery(
    ['staff-appointment', lookup],
    `/staff/live/appointment?${'protocol' in lookup ? `protocol=${lookup.protocol}` : `attendance=${lookup.attendanceId}`}`,
    initial,
    refreshMs,
  );

  const status = (s: AppointmentView['status'], label: string) => (s === 'unknown' ? label : statuses(s));
  const at = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: a.unit.timeZone }).format(
      new Date(iso),
    );
  const minutes = (value?: number) => (value === undefined ? '—' : t('minutes', { minutes: value }));

  return (
    <>
      <h1 className="heading-l">{t('title', { protocol: a.protocol })}</h1>
      <div role="status" className="mb-6">
        <p className="text-2xl">
          <strong>{status(a.status, a.statusLabel)}</strong>
        </p>
        {signedOut && <p className="mt-2 font-bold text-error">{t('sessionEnded')}</p>}
        <p className="text-secondary">{t('live')}</p>
      </div>
      <SummaryList
        rows={[
          { key: t('attendanceId'), value: String(a.attendanceId) },
          ...(a.code ? [{ key: t('code'), value: a.code }] : []),
          { key: t('waiting'), value: minutes(a.waitingMinutes) },
          { key: t('service'), value: minutes(a.serviceMinutes) },
          {
            key: a.serviceType.name,
            value: `${formatDate(a.date, locale)}, ${
              a.time ? (zone ? bookingT('check.timeInZone', { time: a.time, zone }) : a.time) : t('walkIn')
            }`,
          },
          { key: a.unit.name, value: formatAddress(a.unit.address) },
        ]}
      />
      {hasPriority(a.answers) && (
        <p className="mb-6">
          <strong className="badge">{priorityT('receipt')}</strong>
        </p>
      )}
      <h2 className="heading-m">{t('history')}</h2>
      <ol className="mb-8 list-decimal pl-6">
        {a.history.map((h) => (
          <li key={`${h.status}-${h.at}`}>
            {status(h.status, h.statusLabel)}: {at(h.at)}
          </li>
        ))}
      </ol>
      <h2 className="heading-m">{t('citizen')}</h2>
      <SummaryList
        rows={[
          ...personRows(bookingT, personDetails(a)),
          { key: t('email'), value: a.client.email || '—' },
          { key: t('phone'), value: a.client.phone ? formatPhone(a.client.phone) : '—' },
          ...answerRows(bookingT, fields, a.answers, locale),
          // The product's own records, by what they mean.
          ...a.answers
            .filter((answer) => answer.key === BOOKED_BY_KEY)
            .map((answer) => ({ key: t('bookedBy'), value: answer.value })),
          { key: t('consentWhatsApp'), value: consent.whatsapp ? t('yes') : t('no') },
          { key: t('consentSms'), value: consent.sms ? t('yes') : t('no') },
        ]}
      />
      <h2 className="heading-m">{citizenT('attachments')}</h2>
      {a.attachments.length === 0 ? (
        <p className="mb-4">{citizenT('noAttachments')}</p>
      ) : (
        <ul className="mb-4 list-disc pl-6">
          {a.attachments.map((file, index) => (
            <li key={index}>
              <a href={documentHref(a.protocol, index)}>{file.name}</a>
            </li>
          ))}
        </ul>
      )}
      {a.serviceType.requiredDocuments.length > 0 && (
        <>
          <h3 className="mb-2 font-bold">{t('required')}</h3>
          <ul className="mb-8 list-disc pl-6">
            {a.serviceType.requiredDocuments.map((doc) => (
              <li key={doc}>{doc}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
