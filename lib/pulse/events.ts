import 'server-only';
import { randomBytes } from 'node:crypto';
import { headers } from 'next/headers';
import { after } from 'next/server';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { env } from '@/lib/env';
import { addJob, jobData, type JobHandler } from '@/lib/jobs';
import { log } from '@/lib/ops/log';
import { metrics } from '@/lib/ops/metrics';
import { store } from '@/lib/store';
import { createPulseSession, registerPulseEvent } from '@/lib/tatodesk';
import { countFunnel } from './funnel';

/**
 * The journey's steps as Pulse events, sent by background jobs from the server: no script in the
 * browser, no cookie. A journey is named by a random id carried in its URL (`j`, as every answer
 * is until the details): it says nothing of the person. Nothing personal is ever in an event: each
 * property is one of a closed list of words or numbers (`JourneyEvent`).
 */
export type JourneyEvent =
  | { name: 'answered'; step: string }
  | { name: 'details-refused'; fields: string[] }
  | { name: 'time-taken' }
  | { name: 'confirmed'; outcome: string }
  | { name: 'lookup'; outcome: 'found' | 'not-found' | 'limited' | 'busy' | 'failed' | 'invalid' };

/** A journey's id: 22 random characters (128 bits). */
export const newJourneyId = () => randomBytes(16).toString('base64url');
export const JOURNEY_ID = /^[\w-]{22}$/;

const JOB = 'pulse-event';
const SESSION_MS = 3 * 60 * 60 * 1000;

const word = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);
const job = z.object({
  journey: z.string().regex(JOURNEY_ID),
  language: z.string().min(2).max(10),
  name: word,
  properties: z.record(z.string().regex(/^[a-z]\w{0,39}$/), z.union([z.string().max(80), z.number(), z.boolean()])),
  at: z.iso.datetime(),
});

/** An event's properties: the step, the fields (names only, in order), the outcome; `js` where it is known. */
function propertiesOf(event: JourneyEvent, js: boolean | undefined) {
  const { name, ...rest } = event;
  const properties: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(rest))
    properties[key] = (Array.isArray(value) ? value.join(',') : String(value)).slice(0, 80);
  if (js !== undefined) properties.js = js;
  return { name, properties };
}

/** The event's one detail for /metrics (its step, fields or outcome): the same flattening as Pulse's. */
const detailOf = (event: JourneyEvent) => Object.values(propertiesOf(event, undefined).properties).join(',');

/** Where a journey stands: its id, and the unit and service once chosen (for the funnel). */
export type JourneyAt = { j?: string; unit?: number; serviceType?: number };

/**
 * Counts the event in /metrics and in the unit's funnel (lib/pulse/funnel.ts), and sends it to
 * Pulse, after the answer has gone (Next's `after`): Pulse, the store or the queue away never slows
 * or breaks a page. `journey`: where it stands (a lookup has none, and is a journey of its own);
 * `js`: whether the browser ran the form's script, where it is known.
 */
export function journeyEvent(
  event: JourneyEvent,
  { journey = {}, language, js }: { journey?: JourneyAt; language: string; js?: boolean },
): void {
  metrics().journey.inc({ event: event.name, detail: detailOf(event).slice(0, 80) });
  const app = env().pulseApp;
  const data = {
    journey: journey.j && JOURNEY_ID.test(journey.j) ? journey.j : newJourneyId(),
    language,
    ...propertiesOf(event, js),
    at: new Date().toISOString(),
  };
  const send = () =>
    Promise.all([
      countFunnel(event, journey),
      app &&
        addJob(JOB, data, {
          id: `pulse|${data.journey}|${Date.parse(data.at)}|${data.name}`,
          attempts: 5,
          backoffMs: 500,
        }).catch((error: unknown) =>
          log.warn({ event: data.name, err: (error as Error).message }, 'journey event not queued'),
        ),
    ]);
  try {
    after(send);
  } catch {
    // Outside a request (a script): sent now, never awaited.
    void send();
  }
}

/** An event from a server action: the form's script ran when the action came from it (`next-action`). */
export async function actionEvent(event: JourneyEvent, journey?: JourneyAt): Promise<void> {
  const js = (await headers()).has('next-action');
  journeyEvent(event, { journey, language: await getLocale(), js });
}

/** The journey's Pulse session: made once across instances (a claim), then remembered for its journey. */
async function sessionOf(journey: string, language: string, app: string): Promise<string> {
  const key = `pulse-session:${journey}`;
  const known = await store().get<string>(key);
  if (known) return known;
  if (!(await store().add(`pulse-claim:${journey}`, true, 30_000))) {
    throw new Error('the journey’s session is being made elsewhere: tried again');
  }
  let session: string;
  try {
    session = await createPulseSession({ app, journey, language });
  } catch (error) {
    // Let the next try make it (a session made twice for one journey is only a split journey).
    await store().delete(`pulse-claim:${journey}`);
    throw error;
  }
  await store().set(key, session, SESSION_MS);
  return session;
}

/** Sends one event to its journey's session; Pulse away, it is tried again, then dropped (and logged). */
const send: JobHandler = async (data) => {
  const app = env().pulseApp;
  if (!app) return;
  const e = jobData(job, data, JOB);
  const sessionId = await sessionOf(e.journey, e.language, app);
  await registerPulseEvent({ sessionId, name: e.name, properties: e.properties, at: e.at });
};

export const pulseHandlers: Record<string, JobHandler> = { [JOB]: send };
