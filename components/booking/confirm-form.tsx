'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ConfirmState } from '@/lib/booking/action-states';

type Props = {
  action: (state: ConfirmState, form: FormData) => Promise<ConfirmState>;
  idempotencyKey: string;
  detailsHref: string;
};

/** The one mutation of the journey. The key rides along so that any repeat of this POST books nothing new. */
export function ConfirmForm({ action, idempotencyKey, detailsHref }: Props) {
  const t = useTranslations('booking.check');
  const upstream = useTranslations('upstream');
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="key" value={idempotencyKey} />
      <div role="status" className={state.problem ? 'mb-6 border-l-4 border-error bg-surface p-4' : ''}>
        {state.problem && (
          <>
            <p className="font-bold">{t(state.problem)}</p>
            {state.problem === 'expired' && <a href={detailsHref}>{t('person')}</a>}
            {state.reference && (
              <p className="text-secondary">{upstream('reference', { reference: state.reference })}</p>
            )}
          </>
        )}
      </div>
      <p className="mb-6">{t('declaration')}</p>
      <SubmitButton pendingLabel={t('confirming')}>{t('confirm')}</SubmitButton>
    </form>
  );
}
