import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { env } from '@/lib/env';
import { TatodeskError } from '@/lib/tatodesk';

const outbox = z.array(
  z.object({
    ID: z.string(),
    channel: z.enum(['email', 'whatsapp', 'sms']),
    templateID: z.string(),
    to: z.string(),
    at: z.string(),
  }),
);
export type SentNotification = z.infer<typeof outbox>[number];

/**
 * The demonstration only: what the simulator recorded as sent (e-mail, WhatsApp, SMS), read from
 * its control route. No real account has such a route; on one, there is nothing to show.
 */
export async function listDemoNotifications(): Promise<SentNotification[]> {
  const target = env().tatodesk;
  if (target.mode !== 'simulator') return [];
  const requestId = randomUUID();
  const fail = (cause?: unknown) =>
    new TatodeskError('unavailable', { endpoint: 'simulator outbox', requestId, cause });
  const response = await fetch(new URL('/__sim/notifications', target.baseUrl), {
    headers: { 'api-key': target.apiKey, 'x-request-id': requestId },
    signal: AbortSignal.timeout(target.timeoutMs),
  }).catch((error: unknown) => {
    throw fail(error);
  });
  const parsed = outbox.safeParse(await response.json().catch(() => undefined));
  if (!response.ok || !parsed.success) throw fail(parsed.error);
  return parsed.data;
}

/**
 * A recipient as the public outbox shows it: enough to recognise one's own ("m•••@exemplo.com.br",
 * "•••••••4321"), not enough to learn anyone's address from a page anyone can open.
 */
export function maskRecipient(to: string): string {
  const at = to.indexOf('@');
  if (at > 0) return `${to[0]}•••${to.slice(at)}`;
  const digits = to.replace(/\D/g, '');
  return digits.length > 4 ? `${'•'.repeat(digits.length - 4)}${digits.slice(-4)}` : '••••';
}
