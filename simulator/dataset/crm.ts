/**
 * The CRM objects the simulator's account has, with the fields their configuration requires:
 * Tatodesk validates required fields on create (and an edit may not empty them).
 */
export const crmObjects: Record<string, { required: string[] }> = {
  appointment_requests: { required: ['protocol', 'kind', 'status', 'requestedAt'] },
  data_requests: { required: ['protocol', 'kind', 'status', 'requestedAt'] },
};
