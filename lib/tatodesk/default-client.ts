import { cache } from 'react';
import { env } from '@/lib/env';
import { createClient, type TatodeskClient } from './client';

let client: TatodeskClient | undefined;

/**
 * When the request being served began: React's `cache` keeps one value per server request (a
 * page, an action), so every call the request makes shares one deadline. Outside a request (a
 * script, a test) each call is its own request.
 */
const requestStarted = cache(() => Date.now());

/** The client for the configured target (a Tatodesk account or the simulator), made once. */
export function call(): TatodeskClient {
  const target = env().tatodesk;
  client ??= createClient({ ...target, requestDeadline: () => requestStarted() + target.deadlineMs });
  return client;
}
