import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * The address this site is reached at: PUBLIC_URL where set (do so in production); otherwise the
 * one this request came to, as the server saw it (a host that is not a plain host name is not used).
 */
export async function publicOrigin(): Promise<string> {
  const configured = env().publicUrl;
  if (configured) return configured;
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? '';
  const proto = h.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return `${proto}://${HOST.test(host) ? host : 'localhost'}`;
}

/** The staff page of an appointment, which the receipt's QR opens at arrival: a protocol, no personal data. */
export const staffAppointmentUrl = async (protocol: string) =>
  `${await publicOrigin()}/staff/appointments/${encodeURIComponent(protocol)}`;
