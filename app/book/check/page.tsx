import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { confirmBooking } from '@/app/book/actions';
import { AlreadyBooked } from '@/components/booking/already-booked';
import { answerRows } from '@/components/booking/answer-rows';
import { ConfirmForm } from '@/components/booking/confirm-form';
import { personRows } from '@/components/booking/person-rows';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { ClientIntl } from '@/components/i18n/client-intl';
import { BackLink } from '@/components/ui/back-link';
import { Notice } from '@/components/ui/notice';
import { SummaryList, type SummaryRow } from '@/components/ui/summary-list';
import { challengeActive, newProof } from '@/lib/booking/challenge';
import { readDraft } from '@/lib/booking/draft';
import { parseJourney } from '@/lib/booking/journey';
import { justBooked } from '@/lib/booking/just-booked';
import { stepMetadata } from '@/lib/booking/metadata';
import { prepareCheck } from '@/lib/booking/prepare-check';
import { journeyQuery, stepHref, type ChoiceStep } from '@/lib/booking/steps';
import { env } from '@/lib/env';
import { formatAddress, formatDate } from '@/lib/format';
import { clientKey } from '@/lib/http/client-key';
import { unitTime } from '@/lib/i18n/zone-name';
import { confirmationReach, phoneChannels } from '@/lib/notices/queue';
import { requestsEnabled } from '@/lib/requests';
import { onBehalf } from '@/lib/staff/on-behalf';
import { fromStore } from '@/lib/store';

export const generateMetadata = stepMetadata('check');

export default async function CheckPage(props: PageProps<'/book/check'>) {
  const asked = parseJourney(await props.searchParams);
  // Back from the confirmation: the time is taken, by this very booking.
  const bookingRef = await justBooked(asked);
  if (bookingRef) return <AlreadyBooked bookingRef={bookingRef} />;
  const stored = await fromStore(readDraft());
  if (!stored.ok) return <FailurePanel failure="store" />;
  // What confirm will book, decided as confirm decides it: a draft that does not hold goes back to the details.
  const prepared = await prepareCheck('check', asked, stored.value);
  if (prepared.kind === 'redirect') redirect(prepared.href);
  if (prepared.kind === 'failed') return <FailurePanel failure={prepared.failure} />;
  const { journey, resolved, fields, draft } = prepared;
  const [t, common, changeT, locale] = await Promise.all([
    getTranslations('booking'),
    getTranslations('common'),
    getTranslations('change'),
    getLocale(),
  ]);

  // The limit of one active appointment per person, said before confirming (not to staff booking for a caller).
  const { scope } = env().bookingLimit;
  const exempt = Boolean(await onBehalf());
  const limitWords =
    scope === 'off' || exempt ? undefined : t(`check.limits.${scope}`, { service: resolved.serviceType.name });
  // While traffic looks automated: the work for this page to do by itself (with JavaScript).
  const client = await clientKey();
  const proof = !exempt && (await challengeActive(client)) ? await newProof(draft.key, client) : undefined;
  const change = (step: ChoiceStep | 'details', what: string) =>
    step !== 'details' && resolved.skipped.includes(step)
      ? undefined
      : { href: stepHref(step, journey, { return: 'check' }), label: common('change'), hidden: what };
  const unit = resolved.unit;
  const time = await unitTime(resolved.time, unit.timeZone, locale);
  const choices: SummaryRow[] = [
    { key: t('summary.company'), value: resolved.company.name },
    { key: t('summary.category'), value: resolved.category.name, change: change('category', t('summary.category')) },
    {
      key: t('summary.serviceType'),
      value: resolved.serviceType.name,
      change: change('serviceType', t('summary.serviceType')),
    },
    { key: t('summary.region'), value: resolved.region.name, change: change('region', t('summary.region')) },
    {
      key: t('summary.unit'),
      value: (
        <>
          {unit.name}
          <br />
          <span className="text-secondary">{formatAddress(unit.address)}</span>
        </>
      ),
      change: change('unit', t('summary.unit')),
    },
    { key: t('summary.date'), value: formatDate(resolved.date, locale), change: change('date', t('summary.date')) },
    { key: t('summary.time'), value: time, change: change('time', t('summary.time')) },
  ];
  const details = draft.details;
  const offered = phoneChannels();
  // Nothing will reach this person: said before they confirm, with the way to give a contact.
  const reach = confirmationReach(
    { ...details, consent: { whatsapp: details.whatsapp === 'true', sms: details.sms === 'true' } },
    locale,
  );
  const unreachable = !reach.email && !reach.whatsapp && !reach.sms;
  const person: SummaryRow[] = [
    ...personRows(t, details, (what) => change('details', what)),
    {
      key: t('details.email'),
      value: details.email || t('details.notGiven'),
      change: change('details', t('details.email')),
    },
    {
      key: t('details.phone'),
      value: details.phone || t('details.notGiven'),
      change: change('details', t('details.phone')),
    },
    ...(details.phone && (offered.whatsapp || offered.sms)
      ? [
          {
            key: t('details.consentLegend'),
            value:
              [
                offered.whatsapp && details.whatsapp === 'true' && 'WhatsApp',
                offered.sms && details.sms === 'true' && 'SMS',
              ]
                .filter(Boolean)
                .join(', ') || t('details.noMessages'),
            change: change('details', t('details.consentLegend')),
          },
        ]
      : []),
  ];
  const answers = answerRows(
    t,
    fields,
    // Only what this service asks: a draft may still hold another service's answers.
    fields.map((f) => ({ key: f.key, value: details.answers[f.key] ?? '' })),
    locale,
    (what) => change('details', what),
  );

  return (
    <>
      <BackLink href={stepHref('details', journey)}>{common('back')}</BackLink>
      <h1 className="heading-l">{t('check.title')}</h1>
      {draft.replaces && (
        <Notice title={changeT('replacingTitle', { protocol: draft.replaces })}>
          {changeT('replacingBody', { protocol: draft.replaces })}
        </Notice>
      )}
      {unreachable && (
        <Notice title={t('noMessages.title')}>
          <p className="mb-2">{t('noMessages.body')}</p>
          <a href={stepHref('details', journey, { return: 'check' })}>{t('noMessages.change')}</a>
        </Notice>
      )}
      <h2 className="heading-m">{t('check.choices')}</h2>
      <SummaryList rows={choices} />
      <h2 className="heading-m">{t('check.person')}</h2>
      <SummaryList rows={person} />
      {answers.length > 0 && (
        <>
          <h2 className="heading-m">{t('check.answers')}</h2>
          <SummaryList rows={answers} />
        </>
      )}
      <ClientIntl namespaces={['booking.check', 'upstream']}>
        <ConfirmForm
          action={confirmBooking.bind(null, journeyQuery(journey, 'check'))}
          idempotencyKey={draft.key}
          detailsHref={stepHref('details', journey)}
          canChangeLater={requestsEnabled()}
          limit={limitWords}
          challenge={proof?.challenge}
        />
      </ClientIntl>
    </>
  );
}
