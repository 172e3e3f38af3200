import 'server-only';
import { z } from 'zod';
import { env } from '@/lib/env';
import { BRASILIA, dayAfter } from '@/lib/format/time';
import { defaultLocale } from '@/lib/i18n/config';
import { addJob, jobData, type JobHandler } from '@/lib/jobs';
import { languageOf } from '@/lib/notices/language';
import { enqueueSurveyInvitation } from '@/lib/notices/queue';
import { log } from '@/lib/ops/log';
import { consentNow } from '@/lib/requests/withdrawals';
import { store } from '@/lib/store';
import { everyPage, getAppointment, getInPersonReport, isTatodeskErrorOf, upstreamNow } from '@/lib/tatodesk';
import { surveyToken } from './link';

const names = { sweep: 'survey-sweep', invite: 'survey-invite' } as const;
/** Pages of finished attendances read a sweep. */
const SWEEP_PAGES = 20;
/** How long an attendance is remembered as invited: beyond the two days a sweep looks at. */
const INVITED_MS = 7 * 24 * 60 * 60 * 1000;

const invitation = z.object({ protocol: z.string().min(1).max(40) });

/** Where the link points: PUBLIC_URL; on the simulator, this server (a real account needs PUBLIC_URL). */
function origin(): string | undefined {
  const { publicUrl, tatodesk } = env();
  return publicUrl ?? (tatodesk.mode === 'simulator' ? `http://localhost:${process.env.PORT ?? '3000'}` : undefined);
}

/**
 * Finds the attendances finished today and yesterday (the In-Person Services Report, on the
 * upstream's clock) and queues one invitation for each, after SURVEY_DELAY_MINUTES: the first
 * sweep that sees one claims it in the shared store, so it is invited once across sweeps and
 * instances.
 */
const sweep: JobHandler = async () => {
  const { formId, delayMs } = env().survey;
  if (!formId) return;
  if (!origin()) return log.warn({}, 'survey invitations not sent: PUBLIC_URL is not set');
  const now = upstreamNow();
  const { rows } = await everyPage(
    // Today and yesterday, a day wider each side: a clock a little off loses no visit.
    (page) =>
      getInPersonReport({
        from: dayAfter(now, -2, BRASILIA),
        to: dayAfter(now, 1, BRASILIA),
        statuses: ['finished'],
        page,
      }),
    SWEEP_PAGES,
  );
  let queued = 0;
  for (const row of rows) {
    if (row.status !== 'finished') continue;
    if (!(await store().add(`survey-invited:${row.protocol}`, true, INVITED_MS))) continue;
    await addJob(
      names.invite,
      { protocol: row.protocol },
      { id: `survey-invite|${row.protocol}`, delayMs, attempts: 3, backoffMs: 5000 },
    );
    queued++;
  }
  log.debug({ finished: rows.length, queued }, 'survey sweep');
};

/**
 * "How was your visit?": the link to the survey, signed for SURVEY_LINK_DAYS, to the person on
 * the channels they have (the phone only as their consent now stands), in their language.
 */
const invite: JobHandler = async (data) => {
  const { protocol } = jobData(invitation, data, names.invite);
  const { formId, linkDays } = env().survey;
  const site = origin();
  if (!formId || !site) return;
  let appointment;
  try {
    appointment = await getAppointment(protocol);
  } catch (error) {
    if (isTatodeskErrorOf(error, 'not-found')) return log.warn({ protocol }, 'survey not sent: no such attendance');
    throw error;
  }
  if (appointment.status !== 'finished') return log.info({ protocol }, 'survey not sent: not finished');
  const language = (await languageOf(protocol)) ?? defaultLocale;
  const token = await surveyToken(
    {
      protocol,
      unitId: appointment.unit.id,
      formId,
      date: appointment.date,
      serviceTypeId: appointment.serviceType.id,
    },
    linkDays,
  );
  await enqueueSurveyInvitation({
    protocol,
    contact: { ...appointment.client, consent: await consentNow(appointment) },
    language,
    parameters: {
      name: appointment.client.name,
      service: appointment.serviceType.name,
      unit: appointment.unit.name,
      link: `${site}/survey/${token}`,
      days: String(linkDays),
      language,
    },
  });
};

export const surveyHandlers: Record<string, JobHandler> = { [names.sweep]: sweep, [names.invite]: invite };

/** The sweep, every SURVEY_SWEEP period, once across instances (none without a survey form). */
export const surveySchedule = (): Record<string, number> =>
  env().survey.formId ? { [names.sweep]: env().survey.sweepMs } : {};
