import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

/**
 * The client as the load balancer saw it (first X-Forwarded-For hop) when TRUST_PROXY is set;
 * otherwise one bucket for all, since a header anyone can send must not pick a fresh allowance.
 */
export async function clientKey(): Promise<string> {
  if (!env().trustProxy) return 'all';
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown';
}
