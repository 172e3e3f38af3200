import { getLocale, getTranslations } from 'next-intl/server';
import { SummaryList, type SummaryRow } from '@/components/ui/summary-list';
import type { Visit } from '@/lib/answers/dependant';
import { capitalise, formatAddress, formatDate } from '@/lib/format';
import { unitZone } from '@/lib/i18n/zone-name';
import { whatToBring } from '@/lib/receipt/facts';
import type { Appointment } from '@/lib/tatodesk';

/** Service, when (with the unit's zone named when it is not Brasília time), where, who, and what to bring. */
export async function AppointmentDetails({
  appointment: a,
  extra = [],
  priority = false,
  visit,
}: {
  appointment: Pick<Appointment, 'company' | 'unit' | 'serviceType' | 'date' | 'time'>;
  extra?: SummaryRow[];
  /** The person said they have the right to priority service: the receipt says so, with the law. */
  priority?: boolean;
  /** Booked for someone else: who the visit is for and who is responsible; a newborn's certificate to bring. */
  visit?: Visit;
}) {
  const [t, priorityT, locale] = await Promise.all([
    getTranslations('booking'),
    getTranslations('priority'),
    getLocale(),
  ]);
  const unitZoneName = await unitZone(a.unit.timeZone, locale);
  const zone = unitZoneName ? t('confirmation.zoneNote', { zone: unitZoneName }) : '';
  const day = capitalise(formatDate(a.date, locale), locale);
  const bring = whatToBring(a.serviceType.requiredDocuments, visit, (name) =>
    t('confirmation.birthCertificate', { name }),
  );
  return (
    <>
      <SummaryList
        rows={[
          ...extra,
          ...(visit
            ? [
                { key: t('confirmation.for'), value: visit.attendee },
                { key: t('confirmation.responsible'), value: visit.responsible.name },
              ]
            : []),
          { key: t('confirmation.service'), value: a.serviceType.name },
          {
            key: t('confirmation.when'),
            value: (
              <>
                {a.time ? `${day}, ${a.time}` : day}
                {zone && <span className="block text-secondary">{zone}</span>}
              </>
            ),
          },
          {
            key: t('confirmation.where'),
            value: (
              <>
                {a.unit.name}
                <span className="block text-secondary">{formatAddress(a.unit.address)}</span>
              </>
            ),
          },
          { key: t('summary.company'), value: a.company.name },
          ...(priority ? [{ key: priorityT('row'), value: <strong>{priorityT('receipt')}</strong> }] : []),
        ]}
      />
      {bring.length > 0 && (
        <section aria-labelledby="bring-title" className="mb-8">
          <h2 id="bring-title" className="heading-m">
            {t('confirmation.bring')}
          </h2>
          <ul className="list-disc pl-6">
            {bring.map((doc) => (
              <li key={doc}>{doc}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
