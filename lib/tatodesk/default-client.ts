import { env } from '@/lib/env';
import { createClient, type TatodeskClient } from './client';

let client: TatodeskClient | undefined;

/** The client for the configured target (a Tatodesk account or the simulator), made once. */
export function call(): TatodeskClient {
  client ??= createClient(env().tatodesk);
  return client;
}
