import { getTranslations } from 'next-intl/server';
import type { ServiceType } from '@/lib/tatodesk';

/** What the service is and what to bring, under its name. */
export async function ServiceTypeHint({ type }: { type: ServiceType }) {
  const t = await getTranslations('booking.serviceType');
  return (
    <>
      {type.description && <p>{type.description}</p>}
      {type.durationMinutes && <p>{t('duration', { minutes: type.durationMinutes })}</p>}
      {type.requiredDocuments.length > 0 && (
        <>
          <p className="mt-1">{t('documents')}</p>
          <ul className="list-disc pl-6">
            {type.requiredDocuments.map((doc) => (
              <li key={doc}>{doc}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
