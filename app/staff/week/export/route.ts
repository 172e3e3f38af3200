import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { mayAct } from '@/lib/env/roles';
import { reportCsv } from '@/lib/manager/csv';
import { managerReport } from '@/lib/manager/report';
import { weekQuerySchema } from '@/lib/manager/week';
import { currentStaff } from '@/lib/staff/session';
import { isTatodeskError } from '@/lib/tatodesk';
import { failureResponse } from '@/lib/upstream';

const kind = z.enum(['visits', 'journeys']);

/**
 * The week page's figures as CSV, for managers: the visits by day and service, or the journeys by
 * day, for the week shown or up to a year before it (`weeks`), read as the page reads them (paged,
 * cached a week at a time).
 */
export async function GET(request: Request) {
  const staff = await currentStaff();
  if (!staff) return new Response('Sign in first', { status: 401 });
  if (!mayAct(staff.role, 'manager')) return new Response('For managers only', { status: 403 });
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const query = weekQuerySchema.parse(search);
  const asked = kind.safeParse(search.kind);
  if (!query.unit || !asked.success) return new Response('Choose a unit and what to export', { status: 400 });
  let report;
  try {
    report = await managerReport(query.unit, query);
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    return failureResponse(error);
  }
  const t = await getTranslations('staff.week.csv');
  const body = reportCsv(report, asked.data, (key) => t(key as Parameters<typeof t>[0]));
  const name = `${t('file')}-${asked.data === 'visits' ? t('visitsFile') : t('journeysFile')}-${query.unit}-${report.days[0]}-${report.days.at(-1)}.csv`;
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
