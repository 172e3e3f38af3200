import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { saveDetails } from '@/app/book/actions';
import { AlreadyBooked } from '@/components/booking/already-booked';
import { DetailsForm } from '@/components/booking/details-form';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { UnsavedNotice } from '@/components/feedback/unsaved-notice';
import { ClientIntl } from '@/components/i18n/client-intl';
import { CollectionNotice } from '@/components/privacy/collection-notice';
import { BackLink } from '@/components/ui/back-link';
import { Notice } from '@/components/ui/notice';
import { readDraft } from '@/lib/booking/draft';
import { parseJourney } from '@/lib/booking/journey';
import { justBooked } from '@/lib/booking/just-booked';
import { prepareDetails } from '@/lib/booking/prepare-details';
import { backHref, readReturn } from '@/lib/booking/step-flow';
import { journeyQuery } from '@/lib/booking/steps';
import { emptyDetails, type DetailsInput } from '@/lib/details/schema';
import { pageTitle } from '@/lib/i18n/page-title';
import { phoneChannels } from '@/lib/notices/queue';
import { fromStore } from '@/lib/store';

export default async function DetailsPage(props: PageProps<'/book/details'>) {
  const search = await props.searchParams;
  const asked = parseJourney(search);
  const bookingRef = await justBooked(asked);
  if (bookingRef) {
    const t = await getTranslations('booking.booked');
    return <AlreadyBooked bookingRef={bookingRef} pageTitle={await pageTitle(t('title'))} />;
  }
  const prepared = await prepareDetails('details', asked);
  if (prepared.kind === 'redirect') redirect(prepared.href);
  if (prepared.kind === 'failed') return <FailurePanel failure={prepared.failure} />;
  const { journey, resolved, fields } = prepared;
  const [stored, t, common, upstream] = await Promise.all([
    fromStore(readDraft()),
    getTranslations('booking'),
    getTranslations('common'),
    getTranslations('upstream'),
  ]);
  if (!stored.ok) return <FailurePanel failure="store" />;
  const draft = stored.value;
  // Details typed earlier in this visit come back, so that changing them means editing, not retyping.
  const initial: DetailsInput = draft && draft.serviceTypeId === resolved.serviceType.id ? draft.details : emptyDetails;

  return (
    <>
      <BackLink href={backHref('details', journey, resolved, readReturn(search))}>{common('back')}</BackLink>
      <ClientIntl namespaces={['booking.details', 'common']}>
        <DetailsForm
          pageTitle={await pageTitle(t('details.title'))}
          fields={fields}
          initial={initial}
          memoryKey={`details:${resolved.serviceType.id}`}
          action={saveDetails.bind(null, journeyQuery(journey, 'details'))}
          failureNotice={
            <Notice title={upstream('unavailableTitle')}>
              {upstream('unavailableBody')} {upstream('unsaved')}
            </Notice>
          }
          unsavedNotice={<UnsavedNotice />}
          consent={phoneChannels()}
          notice={<CollectionNotice organisation={resolved.company.name} />}
        />
      </ClientIntl>
    </>
  );
}
