import 'server-only';
import { startWorkers, type JobHandler } from '@/lib/jobs/index';
import { noticeHandlers } from '@/lib/notices/handlers';
import { pulseHandlers } from '@/lib/pulse/events';
import { reminderHandlers, reminderSchedule } from '@/lib/reminders/jobs';
import { retentionHandlers, retentionSchedule } from '@/lib/requests/retention';
import { surveyHandlers, surveySchedule } from '@/lib/survey/jobs';
import { waitlistHandlers, waitlistSchedule } from '@/lib/waitlist/watch';

/**
 * Every job the instances share, by feature: the sends and their delivery checks
 * (lib/notices), the reminders and their sweep (lib/reminders), the waiting list's reads
 * (lib/waitlist), the deletion of requests past their retention (lib/requests), the survey after a
 * visit (lib/survey), the journey's events to Pulse (lib/pulse). The only place that knows them all; the features know only the queue.
 */
export const handlers: Record<string, JobHandler> = {
  ...noticeHandlers,
  ...reminderHandlers,
  ...waitlistHandlers,
  ...retentionHandlers,
  ...surveyHandlers,
  ...pulseHandlers,
};

/** This instance's share of every job, and the repeated ones (once per period across instances). */
export async function startAllWorkers(): Promise<void> {
  await startWorkers(handlers, {
    ...reminderSchedule(),
    ...waitlistSchedule(),
    ...retentionSchedule(),
    ...surveySchedule(),
  });
}
