import 'server-only';
import { env } from '@/lib/env';
import type { JobHandler } from '@/lib/jobs';
import { log } from '@/lib/ops/log';
import { metrics } from '@/lib/ops/metrics';
import { deleteCrmRecord, everyPage, listCrmRecords, upstreamNow, type CrmRecord } from '@/lib/tatodesk';

const DAY_MS = 86_400_000;
/** Pages read a sweep (the seed does not say how many records a page holds: the first page tells). */
const SWEEP_PAGES = 20;
/** Deletes a sweep, one at a time: the upstream is never flooded; what is left waits for the next. */
const SWEEP_DELETES = 200;
/** How often the sweep looks: four times a day, once across instances. */
export const RETENTION_SWEEP_MS = 6 * 60 * 60 * 1000;

const JOB = 'crm-retention';

/** The CRM objects the product writes citizens' requests to (none configured: nothing to sweep). */
const objects = () => [env().requests.object, env().dataRequests.object].filter((o): o is string => Boolean(o));

/** Made before `cutoff`, by the record's own creation time (a time that does not parse: kept, and said). */
function madeBefore(record: CrmRecord, cutoff: number, object: string): boolean {
  const made = Date.parse(record.createdAt);
  if (Number.isNaN(made)) {
    log.warn({ object, id: record.id }, 'crm record kept: its creation time does not parse');
    return false;
  }
  return made < cutoff;
}

/**
 * Deletes the citizens' requests recorded in the CRM more than CRM_RETENTION_DAYS ago (the
 * privacy notice states the same period), on the upstream's clock. Records are read first, then
 * deleted one by one, so that a deletion never shifts the pages being read. Neither the filter
 * nor the sort of List Objects is stated by the seed: the age is checked here, record by record.
 */
export async function sweepRetention(): Promise<{ deleted: number; failed: number }> {
  let [deleted, failed] = [0, 0];
  for (const object of objects()) {
    const { rows, complete } = await everyPage(async (page) => {
      const { records, total } = await listCrmRecords(object, { page });
      return { rows: records, total };
    }, SWEEP_PAGES);
    // After a read: the upstream's clock is known from its answer's Date header.
    const cutoff = upstreamNow().getTime() - env().privacy.crmRetentionDays * DAY_MS;
    const old = rows.filter((record) => madeBefore(record, cutoff, object));
    for (const record of old.slice(0, Math.max(0, SWEEP_DELETES - deleted - failed))) {
      try {
        await deleteCrmRecord(object, record.id);
        deleted++;
        metrics().retention.inc({ object, outcome: 'deleted' });
      } catch (error) {
        failed++;
        metrics().retention.inc({ object, outcome: 'failed' });
        log.warn({ object, id: record.id, err: (error as Error).message }, 'crm record past retention not deleted');
      }
    }
    log.info({ object, read: rows.length, complete, old: old.length }, 'crm retention sweep');
  }
  return { deleted, failed };
}

/** The sweep as a job: a failed read is retried by the next sweep. */
export const retentionHandlers: Record<string, JobHandler> = {
  [JOB]: async () => {
    await sweepRetention();
  },
};

/** The sweep, four times a day, once across instances (none when no CRM object is configured). */
export const retentionSchedule = (): Record<string, number> => (objects().length ? { [JOB]: RETENTION_SWEEP_MS } : {});
