import { headers } from 'next/headers';
import { Suspense } from 'react';
import { safeReturnPath } from '@/lib/http/safe-return';
import { ReturnTo } from './return-to';

/** The page on screen, for a header form that comes back to it (the language switch, the contrast). */
export async function ReturnHere() {
  const requestHeaders = await headers();
  return (
    <Suspense
      fallback={<input type="hidden" name="returnTo" value={safeReturnPath(requestHeaders.get('x-return-to'))} />}
    >
      <ReturnTo />
    </Suspense>
  );
}
