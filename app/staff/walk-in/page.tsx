import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { chooseWalkInUnit, registerWalkInAction } from '@/app/staff/actions';
import { DetailsForm } from '@/components/booking/details-form';
import { FailurePanel } from '@/components/feedback/failure-panel';
import { UnsavedNotice } from '@/components/feedback/unsaved-notice';
import { ClientIntl } from '@/components/i18n/client-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, ErrorMessage, FormGroup } from '@/components/ui/field-parts';
import { Notice } from '@/components/ui/notice';
import { RadioItems } from '@/components/ui/radios';
import { emptyDetails } from '@/lib/details/schema';
import { readParam } from '@/lib/http/search-params';
import { pageTitle } from '@/lib/i18n/page-title';
import { requireStaff } from '@/lib/staff/session';
import { rememberedUnit, walkInHref, walkInParams, walkInQuerySchema, walkInStep } from '@/lib/staff/walk-in';
import { attempt } from '@/lib/upstream';

export const metadata = { robots: { index: false } };

/**
 * A walk-in at the counter, one question per page: the unit (remembered), classification,
 * category, service type (the whole catalogue), then the person and the service's questions.
 * The choices travel in the address (GET forms), so back, reload and no JavaScript all work.
 */
export default async function WalkInPage(props: PageProps<'/staff/walk-in'>) {
  await requireStaff();
  const search = await props.searchParams;
  const query = walkInQuerySchema.parse(search);
  // The remembered unit, unless the staff member is changing it.
  if (query.unit === undefined && readParam(search, 'change') !== 'unit') {
    const remembered = await rememberedUnit();
    if (remembered) redirect(walkInHref({ unit: remembered }));
  }
  const [t, common, upstream] = await Promise.all([
    getTranslations('staff.walkIn'),
    getTranslations('common'),
    getTranslations('upstream'),
  ]);
  const found = await attempt(() => walkInStep(query));
  if (!found.ok) return <FailurePanel failure={found.failure} />;
  const step = found.data;
  if (step.step === 'redirect') redirect(step.href);

  if (step.step === 'details') {
    return (
      <>
        <p className="mb-4 text-secondary">
          {step.unit.name}{' '}
          <a href="/staff/walk-in?change=unit" className="ml-2">
            {t('changeUnit')}
          </a>
          <span className="mx-2">·</span>
          {step.serviceType.name}{' '}
          <a href={walkInHref({ unit: step.unit.id })} className="ml-2">
            {t('changeService')}
          </a>
        </p>
        <ClientIntl namespaces={['booking.details', 'common']}>
          <DetailsForm
            pageTitle={await pageTitle(t('detailsTitle'))}
            fields={step.fields}
            initial={emptyDetails}
            memoryKey={`walk-in:${step.serviceType.id}`}
            action={registerWalkInAction.bind(null, walkInParams(step.query).toString(), randomUUID())}
            contact="optional"
            words={{ title: t('detailsTitle'), lead: t('detailsLead'), submit: t('register') }}
            failureNotice={
              <Notice title={upstream('unavailableTitle')}>
                {upstream('unavailableBody')} {t('checkDay')}
              </Notice>
            }
            unsavedNotice={<UnsavedNotice />}
            checkingNotice={<Notice title={t('checkingTitle')}>{t('checkingBody')}</Notice>}
          />
        </ClientIntl>
      </>
    );
  }

  const title = t(`${step.step}Title`);
  // Sent with nothing chosen: said at the question and in a summary above it (GOV.UK).
  const error =
    readParam(search, 'asked') === step.step || readParam(search, 'missing') === step.step ? t('choose') : undefined;
  const unitStep = step.step === 'unit';
  const options = unitStep
    ? step.options.map((u) => ({ value: String(u.id), label: u.name }))
    : step.options.map((o) => ({ value: String(o.id), label: o.name, hint: o.description }));
  // The unit is remembered (a POST that sets it); the other answers ride in the address (GET).
  const kept = unitStep ? {} : Object.fromEntries(walkInParams({ ...query, [step.step]: undefined }));
  return (
    <>
      <title>{error ? `${common('errorPrefix')} ${await pageTitle(title)}` : await pageTitle(title)}</title>
      <ErrorSummary
        title={common('errorSummaryTitle')}
        errors={error ? [{ field: step.step, message: error }] : []}
        submission={error}
      />
      {!unitStep && (
        <p className="mb-4 text-secondary">
          {step.unit.name}{' '}
          <a href="/staff/walk-in?change=unit" className="ml-2">
            {t('changeUnit')}
          </a>
        </p>
      )}
      <form method={unitStep ? 'post' : 'get'} action={unitStep ? chooseWalkInUnit : '/staff/walk-in'}>
        {Object.entries({ ...kept, asked: step.step }).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FormGroup error={error}>
          <fieldset aria-describedby={describedBy(step.step, undefined, error)}>
            <legend>
              <h1 className="heading-l">{title}</h1>
            </legend>
            <ErrorMessage name={step.step} prefix={common('errorPrefix')} message={error} />
            <RadioItems name={step.step} options={options} />
          </fieldset>
        </FormGroup>
        <button type="submit" className="button">
          {common('continue')}
        </button>
      </form>
    </>
  );
}
