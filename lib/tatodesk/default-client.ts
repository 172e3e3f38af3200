import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { cache } from 'react';
import { env } from '@/lib/env';
import { REQUEST_STARTED_HEADER } from '@/lib/http/request-started';
import { createClient, type TatodeskClient } from './client';

let client: TatodeskClient | undefined;

/**
 * When the request being served began. The proxy stamps every request as it arrives, so an action
 * and the page rendered after it in the same request share one deadline; a request the proxy does
 * not see falls back to React's `cache`, one value per server request. Outside a request (a
 * script, a test) each call is its own request.
 */
const requestStarted = cache(async (): Promise<number> => {
  const now = Date.now();
  let stamped: number;
  try {
    stamped = Number((await headers()).get(REQUEST_STARTED_HEADER));
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (a page found dynamic while prerendering) go on
    return now; // not inside a request
  }
  // Ours (the proxy replaces any a client sends), and never from the future or long ago.
  return Number.isFinite(stamped) && stamped <= now && now - stamped < 120_000 ? stamped : now;
});

/** The client for the configured target (a Tatodesk account or the simulator), made once. */
export function call(): TatodeskClient {
  const target = env().tatodesk;
  client ??= createClient({ ...target, requestDeadline: async () => (await requestStarted()) + target.deadlineMs });
  return client;
}
