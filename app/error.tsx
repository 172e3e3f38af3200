'use client';

import { FailureView } from '@/components/feedback/failure-panel';
import { useFailureWords } from '@/components/feedback/failure-words';
import { STORE_UNAVAILABLE } from '@/lib/failure';

/**
 * Last resort, for what no page caught: the shared store being away has words of its own;
 * anything else gets calm words and the digest that matches the server's log line. Pages render
 * their own failures inline (an error page is drawn in the browser, so without JavaScript it
 * would be blank). Its words come translated from the root layout (failure-words.tsx).
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  const words = useFailureWords();
  const store = error.digest === STORE_UNAVAILABLE;
  return (
    <FailureView
      title={store ? words.storeTitle : words.genericTitle}
      body={store ? words.storeBody : words.genericBody}
      kept={words.kept}
      retry={words.retry}
      home={words.home}
      reference={store ? undefined : words.reference.replace('{reference}', error.digest ?? '—')}
    />
  );
}
