'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';

/** A copy button where the clipboard exists; the number itself stays selectable either way. */
export function CopyProtocol({ protocol }: { protocol: string }) {
  const t = useTranslations('booking.confirmation');
  const [copied, setCopied] = useState(false);
  const hydrated = useHydrated();
  if (!hydrated || !navigator.clipboard) return null;
  return (
    <>
      <button
        type="button"
        className="link-button mt-2 text-white"
        onClick={async () => {
          await navigator.clipboard.writeText(protocol);
          setCopied(true);
        }}
      >
        {t('copy')}
      </button>
      <span role="status" className="ml-3 text-white">
        {copied ? t('copied') : ''}
      </span>
    </>
  );
}
