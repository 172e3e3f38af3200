'use client';

import { FailurePanel } from '@/components/feedback/failure-panel';
import { STORE_UNAVAILABLE } from '@/lib/failure';

/**
 * Last resort, for what no page caught: the shared store being away has words of its own;
 * anything else gets calm words and the digest that matches the server's log line. Pages render
 * their own failures inline (an error page is drawn in the browser, so without JavaScript it
 * would be blank).
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  if (error.digest === STORE_UNAVAILABLE) return <FailurePanel failure="store" />;
  return <FailurePanel failure={{ kind: 'unexpected', reference: error.digest ?? '—' }} />;
}
