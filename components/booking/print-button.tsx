'use client';

import { useHydrated } from '@/components/ui/use-hydrated';

/** Shown only where it works: without JavaScript the browser's own print menu remains. */
export function PrintButton({ label }: { label: string }) {
  if (!useHydrated()) return null;
  return (
    <button
      type="button"
      className="button bg-brand shadow-[0_2px_0_#003078] hover:bg-brand-dark"
      onClick={() => window.print()}
    >
      {label}
    </button>
  );
}
