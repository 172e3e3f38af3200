'use client';

import type { Challenge } from 'altcha-lib';
import { useActionState, useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { ProofOfWork } from '@/components/booking/proof-of-work';
import { useTranslations } from '@/components/i18n/intl-provider';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ConfirmState } from '@/lib/booking/action-states';

type Props = {
  action: (state: ConfirmState, form: FormData) => Promise<ConfirmState>;
  idempotencyKey: string;
  detailsHref: string;
  /** Whether the appointment's page offers to cancel or choose another time (a CRM object is set). */
  canChangeLater: boolean;
  /** The booking limit, in words, shown before confirming (none when off). */
  limit?: string;
  /**
   * While a proof of work is asked (lib/booking/challenge.ts): the work the page does by itself.
   * Without JavaScript the first confirm is answered with a short wait and a ticket instead.
   */
  challenge?: Challenge;
};

/** While the outcome is being looked for, the form asks again by itself this often (with JavaScript). */
const RECHECK_MS = 3000;
const waiting = (problem: ConfirmState['problem']) => problem === 'checking' || problem === 'inProgress';
const noop = () => () => undefined;

/**
 * The one mutation of the journey. The key rides along so that any repeat of this POST books
 * nothing new, which is also what makes "check again" safe: it is the same confirm, answered
 * from the key's state (and the upstream's) before anything is created.
 */
export function ConfirmForm({ action, idempotencyKey, detailsHref, canChangeLater, limit, challenge: offered }: Props) {
  const t = useTranslations('booking.check');
  const upstream = useTranslations('upstream');
  const [state, formAction] = useActionState(action, {});
  const form = useRef<HTMLFormElement>(null);
  // True once running in the browser: only then does the page check again by itself.
  const scripted = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  // The challenge answered to a confirm already pressed goes on by itself once solved.
  const proceed = useCallback(() => form.current?.requestSubmit(), []);
  const asked = state.problem === 'prove' ? state.proof : undefined;
  const challenge = asked?.challenge ?? offered;
  const ticket = asked?.ticket;
  useEffect(() => {
    if (!waiting(state.problem)) return;
    const timer = setTimeout(() => form.current?.requestSubmit(), RECHECK_MS);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <form ref={form} action={formAction}>
      <input type="hidden" name="key" value={idempotencyKey} />
      {ticket && <input type="hidden" name="ticket" value={ticket} />}
      {/* A honeypot: hidden from everyone (not shown, not focusable, not read); only a script fills it. */}
      <div hidden>
        <label htmlFor="website">{t('honeypot')}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div role="status" className={state.problem ? 'mb-6 border-l-4 border-error bg-surface p-4' : ''}>
        {state.problem && (
          <>
            <p className="font-bold">
              {state.problem === 'slowDown' ? t('slowDown', { minutes: state.retryInMinutes ?? 10 }) : t(state.problem)}
            </p>
            {state.problem === 'prove' && (
              <p>{scripted ? t('proveAuto') : t('proveWait', { seconds: state.waitSeconds ?? 10 })}</p>
            )}
            {state.problem === 'alreadyBooked' && (
              <p>
                {t('alreadyBookedChoice')} <a href="/appointments">{t('alreadyBookedOpen')}</a>
              </p>
            )}
            {scripted && waiting(state.problem) && <p>{t('checkingAuto')}</p>}
            {state.problem === 'expired' && <a href={detailsHref}>{t('person')}</a>}
            {state.reference && (
              <p className="text-secondary">{upstream('reference', { reference: state.reference })}</p>
            )}
          </>
        )}
      </div>
      {challenge && scripted && <ProofOfWork challenge={challenge} onSolved={asked ? proceed : undefined} />}
      {limit && <p className="mb-4">{limit}</p>}
      <p className="mb-6">{canChangeLater ? t('declarationRequests') : t('declaration')}</p>
      <SubmitButton pendingLabel={t('confirming')}>
        {waiting(state.problem) ? t('checkAgain') : t('confirm')}
      </SubmitButton>
    </form>
  );
}
