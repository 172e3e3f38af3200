import 'server-only';
import { getLocale } from 'next-intl/server';
import { parseJourney, type Journey } from '@/lib/booking/journey';
import { resolveJourney, type ResolvedAt } from '@/lib/booking/resolve';
import { journeyQuery } from '@/lib/booking/steps';
import { env } from '@/lib/env';
import { dayIn } from '@/lib/format/time';
import { clientKey } from '@/lib/http/client-key';
import { publicOrigin } from '@/lib/http/public-url';
import type { SearchParams } from '@/lib/http/search-params';
import { lazyLimiter, take } from '@/lib/limits';
import { upstreamNow } from '@/lib/tatodesk';
import type { Failure } from '@/lib/upstream';
import { addEntry, findByContact, type Entry, type Scope } from './entries';
import { checkJoin, plusDays, type Channel, type JoinInput, type JoinState } from './join-form';
import { noteSeen } from './watch';

/** What the join page and its action stand on: the unit and service asked for, checked upstream. */
export type JoinContext = {
  kind: 'ready';
  scope: Scope;
  journey: Journey;
  resolved: ResolvedAt<'date'>;
  dates: { date: string; vacancies: number }[];
  /** The unit's today, on the upstream's clock. */
  today: string;
};

export async function joinContext(
  search: SearchParams,
): Promise<JoinContext | { kind: 'redirect'; href: string } | { kind: 'failed'; failure: Failure }> {
  const resolution = await resolveJourney('date', parseJourney(search));
  if (resolution.kind !== 'ready') return resolution;
  const { journey, resolved, options } = resolution;
  const unit = resolved.unit;
  return {
    kind: 'ready',
    scope: { companyId: resolved.company.id, unitId: unit.id, serviceTypeId: resolved.serviceType.id },
    journey: { ...journey, date: undefined, time: undefined },
    resolved,
    dates: options,
    today: dayIn(upstreamNow(), unit.timeZone),
  };
}

/**
 * The channels a notice can go on: those with a template (the e-mail; the phone by WhatsApp or
 * SMS). None: no waiting list is offered, since nobody could be told.
 */
export function waitlistChannels(): Channel[] {
  const { enabled } = env().waitlist;
  const templates = env().notifications.templates.waitlist.pt;
  if (!enabled) return [];
  return [
    ...(templates.email ? (['email'] as const) : []),
    ...(templates.whatsapp || templates.sms ? (['phone'] as const) : []),
  ];
}

/** The range offered before anything is typed: from the unit's today, a month on (within the longest allowed). */
export const defaultRange = (today: string) => ({
  from: today,
  to: plusDays(today, Math.min(30, env().waitlist.maxDays)),
});

/** Joins per client per hour (WAITLIST_JOINS_PER_CLIENT): a script does not fill the line with addresses. */
let joins: ReturnType<typeof lazyLimiter> | undefined;
const joinsLimiter = () =>
  (joins ??= lazyLimiter({ keyPrefix: 'waitlist-joins', points: env().waitlist.joinsPerClient, duration: 3600 }))();

/**
 * Checks the form; counts the join against the client's allowance (before anything is kept);
 * joins at the end of the line, and keeps what the person saw as the first read when the scope was
 * not watched yet. The same contact twice on one list is told so at its field.
 */
export async function join(
  context: JoinContext,
  input: JoinInput,
): Promise<{ kind: 'joined'; entry: Entry } | { kind: 'not-joined'; state: JoinState }> {
  const checked = checkJoin(input, context.today, env().waitlist.maxDays, waitlistChannels());
  if (!checked.ok) return { kind: 'not-joined', state: { values: input, errors: checked.errors } };
  const allowed = await take(joinsLimiter(), await clientKey());
  if (!allowed.ok) {
    return {
      kind: 'not-joined',
      state: { values: input, problem: 'slowDown', retryInMinutes: allowed.retryInMinutes },
    };
  }
  const { channel, contact, from, to } = checked.value;
  if (await findByContact(context.scope, contact)) {
    return {
      kind: 'not-joined',
      state: { values: input, errors: { [channel === 'email' ? 'email' : 'phone']: 'already' } },
    };
  }
  const locale = await getLocale();
  const entry = await addEntry({
    scope: context.scope,
    journey: journeyQuery(context.journey, 'date'),
    service: context.resolved.serviceType.name,
    unit: context.resolved.unit.name,
    timeZone: context.resolved.unit.timeZone,
    from,
    to,
    channel,
    contact,
    language: locale === 'en' ? 'en' : 'pt-BR',
    origin: await publicOrigin(),
  });
  await noteSeen(context.scope, context.dates);
  return { kind: 'joined', entry };
}
