/**
 * What the Tatodesk documentation (`docs/tatodesk-api.txt`, a copy of the seed) states in so many
 * words: every enumeration, code and fixed value it spells out, copied exactly, each beside the
 * sentence it comes from. A test reads the documentation and fails when a value here drifts from
 * its sentence, or the sentence from the documentation. Everything else the product relies on is
 * inferred, and listed with how it is discovered or checked in `assumptions.ts`.
 */
export const seedStatements = {
  minuteOperations: {
    quote:
      'operation (required) numeric value with the operation. 1 - Less 2 - Less or equal 3 - Greater 4 - Greater or equal 5 - Between',
    where: 'In-Person Services Report: attendanceTime, waitingTime, pausedTime',
  },
  valueFinal: {
    quote: 'valueFinal (required when the operation value is 5) numeric value in minutes.',
    where: 'In-Person Services Report: the minute filters',
  },
  reportDates: {
    quote: 'dateInitial (required) initial date in the format DD/MM/YYYY.',
    where: 'In-Person Services Report and every Data API report',
  },
  reportPage: {
    quote: 'page (required) positive numeric value (values starting from 0) that represents the query page.',
    where: 'In-Person Services Report',
  },
  reportLimit: {
    quote:
      'limit (optional) positive numeric value (values starting from 1) that represents the number of records in each query, if not informed the default value is 1000.',
    where: 'In-Person Services Report',
  },
  reportIdLists: {
    quote: 'statusIDs (optional) list of numeric values',
    where: 'In-Person Services Report (and companyIDs, attendanceUnitIDs, attendanceTypeIDs, userIDs, tagIDs)',
  },
  periods: {
    quote:
      'Returns the available periods (e.g.: morning, afternoon, evening) for scheduling on a specific date, unit and attendance type.',
    where: 'List Periods for Scheduling: names given as examples only; ids not stated',
  },
  mediaUuid: {
    quote: 'receive a UUID in the response. Use this UUID in the "id" field inside templatePayload -> header',
    where: 'Send Notification via WhatsApp - Using Media Upload',
  },
  notificationsReportFilters: {
    quote: 'allowing filtering by period, service, user, API key or template',
    where: 'Ad-hoc Notifications Report: no filter by notification id or metadata is stated',
  },
  campaignArchived: {
    quote: 'archived (optional) numeric value indicating whether the campaign is archived or not.',
    where: 'Campaigns Report (not used by the product)',
  },
} as const;

/** "1 - Less 2 - Less or equal 3 - Greater 4 - Greater or equal 5 - Between" (seedStatements.minuteOperations). */
export const minuteOperations = { less: 1, lessOrEqual: 2, greater: 3, greaterOrEqual: 4, between: 5 } as const;
export type MinuteOperation = (typeof minuteOperations)[keyof typeof minuteOperations];

/** "if not informed the default value is 1000" (seedStatements.reportLimit): the most the product asks for. */
export const REPORT_DEFAULT_LIMIT = 1000;

/** "1 - Yes 2 - No" (Campaigns Report, `archived`). Not used by the product; kept so the seed's lists are whole. */
export const campaignArchived = { yes: 1, no: 2 } as const;
