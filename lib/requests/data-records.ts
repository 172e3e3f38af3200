import 'server-only';
import { cache } from 'react';
import { env } from '@/lib/env';
import { findCrmRecords, type CrmRecord } from '@/lib/tatodesk';

/**
 * Every record about one appointment in the "my data" CRM object (requests and consent
 * withdrawals alike), read once per render however many parts of the page ask: the page that
 * shows both open requests and the consent as it stands makes one call, not two. Each record is
 * still checked by its reader (a filter an account ignores is tolerated: crm-filters).
 */
export const dataRecordsAbout = cache(async (protocol: string): Promise<CrmRecord[]> => {
  const object = env().dataRequests.object;
  if (!object) return [];
  return findCrmRecords(object, { where: [['protocol', 'eq', protocol]] });
});
