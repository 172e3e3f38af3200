'use client';

import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslations } from '@/components/i18n/intl-provider';

type Props = {
  challenge: Challenge;
  /** Called once the payload is in the form: the citizen already pressed confirm, so it goes on. */
  onSolved?: () => void;
};

/**
 * Solves the server's proof-of-work challenge in the page (altcha-lib's PBKDF2 search, on the
 * browser's WebCrypto) and puts the payload in the form: no click, no puzzle, no third party. Its
 * progress is said in a status line, so a screen reader hears it once and nothing asks for focus.
 */
export function ProofOfWork({ challenge, onSolved }: Props) {
  const t = useTranslations('booking.check');
  const [solved, setSolved] = useState<{ for: Challenge; payload: string }>();
  const payload = solved?.for === challenge ? solved.payload : '';
  useEffect(() => {
    const controller = new AbortController();
    solveChallenge({ challenge, deriveKey, controller })
      .then((solution) => {
        if (!solution || controller.signal.aborted) return;
        // In the form before the form goes on.
        flushSync(() => setSolved({ for: challenge, payload: btoa(JSON.stringify({ challenge, solution })) }));
        onSolved?.();
      })
      // Unsolved (a browser without WebCrypto): the form's wait ticket still lets the booking through.
      .catch(() => undefined);
    return () => controller.abort();
  }, [challenge, onSolved]);
  return (
    <>
      <input type="hidden" name="altcha" value={payload} />
      <p role="status" className="mb-4 text-secondary">
        {payload ? t('proofDone') : t('proofWorking')}
      </p>
    </>
  );
}
