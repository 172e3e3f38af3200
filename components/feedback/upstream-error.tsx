import { headers } from 'next/headers';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { safeReturnPath } from '@/lib/safe-return';
import type { Failure } from '@/lib/upstream';

const copy = {
  unavailable: ['unavailableTitle', 'unavailableBody'],
  unauthorized: ['unauthorizedTitle', 'unauthorizedBody'],
  contract: ['contractTitle', 'contractBody'],
} as const;

/**
 * The calm page for a failed upstream call: what happened in plain words, a way to try again
 * (a plain link, so it works without JavaScript) and a reference that matches the log line.
 */
export async function UpstreamError({
  failure,
  retryHref,
  headingLevel = 1,
}: {
  failure: Failure;
  retryHref?: string;
  /** 2 when the page already has its own title (the failure is one part of it). */
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const [t, requestHeaders] = await Promise.all([getTranslations('upstream'), headers()]);
  // By default "try again" asks for this very page again, with every answer still in its address.
  const retry = retryHref ?? safeReturnPath(requestHeaders.get('x-return-to'));
  const [title, body] =
    failure.kind in copy ? copy[failure.kind as keyof typeof copy] : (['genericTitle', 'genericBody'] as const);
  return (
    <div role="alert" aria-labelledby="upstream-error-title" className="max-w-prose">
      <Heading id="upstream-error-title" className={headingLevel === 1 ? 'heading-xl' : 'heading-m'}>
        {t(title)}
      </Heading>
      <p className="body-l">{t(body)}</p>
      <p>{t('kept')}</p>
      <p className="mt-6 flex flex-wrap items-center gap-4">
        <Link href={retry} className="button">
          {t('retry')}
        </Link>
        <Link href="/">{t('home')}</Link>
      </p>
      <p className="mt-6 text-secondary">{t('reference', { reference: failure.reference })}</p>
    </div>
  );
}
