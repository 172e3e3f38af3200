import { z } from 'zod';
import { email, phone } from '@/lib/details/schema';
import type { Failure } from '@/lib/upstream';

/** The waiting list's form, as typed: every value comes back with any message. */
export type JoinInput = { channel: string; email: string; phone: string; optIn: string; from: string; to: string };

export const joinErrorCodes = [
  'channelRequired',
  'emailRequired',
  'emailInvalid',
  'phoneRequired',
  'phoneInvalid',
  'optInRequired',
  'fromInvalid',
  'fromPast',
  'toInvalid',
  'toBeforeFrom',
  'toTooFar',
  'already',
] as const;
export type JoinErrorCode = (typeof joinErrorCodes)[number];
export type JoinErrors = Partial<Record<keyof JoinInput, JoinErrorCode>>;

export type JoinState = {
  values?: JoinInput;
  errors?: JoinErrors;
  /** Nothing kept: the store is away, or too many joins from this connection. */
  problem?: 'store' | 'slowDown';
  retryInMinutes?: number;
  /** Nothing kept: the upstream failed. */
  failure?: Failure;
};

export type Channel = 'email' | 'phone';
export type JoinValues = { channel: Channel; contact: string; from: string; to: string };

export function readJoin(form: FormData): JoinInput {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.slice(0, 300) : '';
  };
  return {
    channel: text('channel'),
    email: text('email'),
    phone: text('phone'),
    optIn: text('optIn'),
    from: text('from'),
    to: text('to'),
  };
}

const day = z.iso.date();
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Checks the form against the unit's today and the longest range allowed: each field on its own,
 * so that every message shows at once; the contact is the one the channel asks for (a mobile
 * number only with the person's consent to be written to on it).
 */
export function checkJoin(
  input: JoinInput,
  today: string,
  maxDays: number,
  channels: readonly Channel[] = ['email', 'phone'],
): { ok: true; value: JoinValues } | { ok: false; errors: JoinErrors } {
  const errors: JoinErrors = {};
  const channel = channels.find((c) => c === input.channel);
  if (!channel) errors.channel = 'channelRequired';
  let contact = '';
  if (channel === 'email') {
    const parsed = email.safeParse(input.email);
    if (parsed.success) contact = parsed.data;
    else errors.email = parsed.error.issues[0]?.message === 'emailRequired' ? 'emailRequired' : 'emailInvalid';
  }
  if (channel === 'phone') {
    const parsed = phone.safeParse(input.phone);
    if (parsed.success) contact = parsed.data;
    else errors.phone = parsed.error.issues[0]?.message === 'phoneRequired' ? 'phoneRequired' : 'phoneInvalid';
    if (input.optIn !== 'true') errors.optIn = 'optInRequired';
  }
  const from = day.safeParse(input.from);
  if (!from.success) errors.from = 'fromInvalid';
  else if (from.data < today) errors.from = 'fromPast';
  const to = day.safeParse(input.to);
  if (!to.success) errors.to = 'toInvalid';
  else if (from.success && to.data < from.data) errors.to = 'toBeforeFrom';
  else if (to.data > plusDays(today, maxDays)) errors.to = 'toTooFar';
  if (Object.keys(errors).length || !channel || !from.success || !to.success) return { ok: false, errors };
  return { ok: true, value: { channel, contact, from: from.data, to: to.data } };
}

export { plusDays };
