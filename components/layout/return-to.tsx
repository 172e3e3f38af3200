'use client';

import { usePathname, useSearchParams } from 'next/navigation';

/**
 * Where the language switch comes back to: the address on screen now. Read in the browser, so
 * that it follows client-side navigation (the layout is not rendered again by it).
 */
export function ReturnTo() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />;
}
