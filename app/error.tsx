'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** Last resort for an unexpected error: calm words, a retry, and the digest that matches the server log. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('upstream');
  return (
    <div role="alert" className="max-w-prose">
      <title>{t('genericTitle')}</title>
      <h1 className="heading-xl">{t('genericTitle')}</h1>
      <p className="body-l">{t('genericBody')}</p>
      <p className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" className="button" onClick={reset}>
          {t('retry')}
        </button>
        <Link href="/">{t('home')}</Link>
      </p>
      {error.digest && <p className="mt-6 text-secondary">{t('reference', { reference: error.digest })}</p>}
    </div>
  );
}
