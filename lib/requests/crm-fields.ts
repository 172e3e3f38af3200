import type { CrmFields } from '@/lib/tatodesk';

/**
 * The fields the product writes when it records a request in the organisation's CRM objects
 * (CRM_REQUESTS_OBJECT, CRM_DATA_REQUESTS_OBJECT): the objects must have them, and
 * `npm run tatodesk:check` proves that a record of each does. The writers are typed by these lists.
 */
export const crmFieldsWritten = {
  requests: [
    'protocol',
    'kind',
    'reason',
    'requestedAt',
    'status',
    'newProtocol',
    'unitName',
    'appointmentDate',
    'appointmentTime',
    'language',
  ],
  dataRequests: ['protocol', 'kind', 'details', 'requestedAt', 'status', 'unitName', 'language'],
} as const;

export type WrittenFields<K extends keyof typeof crmFieldsWritten> = Record<
  (typeof crmFieldsWritten)[K][number],
  CrmFields[string]
>;
