import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { joinWaitlist } from '@/app/waiting-list/actions';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { ClientIntl } from '@/components/i18n/client-intl';
import { BackLink } from '@/components/ui/back-link';
import { SummaryList } from '@/components/ui/summary-list';
import { JoinForm } from '@/components/waitlist/join-form';
import { journeyQuery, stepHref } from '@/lib/booking/steps';
import { env } from '@/lib/env';
import { formatAddress } from '@/lib/format';
import { pageTitle } from '@/lib/i18n/page-title';
import { defaultRange, joinContext, waitlistChannels } from '@/lib/waitlist/join';

// The title is the form's own (it says "Error:" when the form comes back with one).
export const metadata = { robots: { index: false } };

/** "Tell me if a place opens" for a unit and a service: the range, the channel, the contact. */
export default async function JoinWaitlistPage(props: PageProps<'/waiting-list/join'>) {
  const context = await joinContext(await props.searchParams);
  if (context.kind === 'redirect') redirect(context.href);
  if (context.kind === 'failed') return <FailurePanel failure={context.failure} />;
  const channels = waitlistChannels();
  if (channels.length === 0) redirect(stepHref('date', context.journey));
  const [t, common] = await Promise.all([getTranslations('waitlist'), getTranslations('common')]);
  const { resolved, journey } = context;
  const title = t('joinTitle');
  return (
    <>
      <BackLink href={stepHref('date', journey)}>{common('back')}</BackLink>
      <h1 className="heading-l">{title}</h1>
      <p className="body-l mb-4">{t('joinLead')}</p>
      <p className="mb-6 border-l-4 border-brand pl-4 font-bold">{t('noHold')}</p>
      <SummaryList
        rows={[
          { key: t('service'), value: resolved.serviceType.name },
          {
            key: t('unit'),
            value: (
              <>
                {resolved.unit.name}
                <br />
                <span className="text-secondary">{formatAddress(resolved.unit.address)}</span>
              </>
            ),
          },
        ]}
      />
      <ClientIntl namespaces={['waitlist', 'common', 'upstream']}>
        <JoinForm
          action={joinWaitlist.bind(null, journeyQuery(journey, 'date'))}
          pageTitle={await pageTitle(title)}
          defaults={defaultRange(context.today)}
          maxDays={env().waitlist.maxDays}
          channels={channels}
        />
      </ClientIntl>
    </>
  );
}
