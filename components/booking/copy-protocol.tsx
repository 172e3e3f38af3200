'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * A copy button where the clipboard exists; the number itself stays selectable either way. Its
 * words come translated from the page (no formatting runtime for two words).
 */
export function CopyProtocol({ protocol, copy, copied: done }: { protocol: string; copy: string; copied: string }) {
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
        {copy}
      </button>
      <span role="status" className="ml-3 text-white">
        {copied ? done : ''}
      </span>
    </>
  );
}
