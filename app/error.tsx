'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { STORE_UNAVAILABLE } from '@/lib/store/types';

/**
 * Last resort for an unexpected error: calm words, a retry that works without JavaScript (a link
 * to this very address), and the digest that matches the server log. The shared store being away
 * has words of its own.
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  const t = useTranslations('upstream');
  const store = error.digest === STORE_UNAVAILABLE;
  const title = store ? t('storeTitle') : t('genericTitle');
  return (
    <div role="alert" className="max-w-prose">
      <title>{title}</title>
      <h1 className="heading-xl">{title}</h1>
      <p className="body-l">{store ? t('storeBody') : t('genericBody')}</p>
      <p>{t('kept')}</p>
      <p className="mt-6 flex flex-wrap items-center gap-4">
        {/* An empty href is this page's own address: a reload, with every answer still in it. */}
        <a href="" className="button">
          {t('retry')}
        </a>
        <Link href="/">{t('home')}</Link>
      </p>
      {error.digest && !store && <p className="mt-6 text-secondary">{t('reference', { reference: error.digest })}</p>}
    </div>
  );
}
