import type { Appointment } from '@/lib/tatodesk';

/**
 * An appointment as it may leave the server for a browser: everything the pages show, and no
 * upstream address (the documents' media URLs stay here; staff open them through our own route).
 */
export type AppointmentView = Omit<Appointment, 'attachments'> & { attachments: { name: string; addedAt?: string }[] };

export const toView = (appointment: Appointment): AppointmentView => ({
  ...appointment,
  attachments: appointment.attachments.map(({ name, addedAt }) => ({ name, addedAt })),
});

/** Where staff open one of an appointment's documents (app/staff/appointments/[protocol]/documents/[index]). */
export const documentHref = (protocol: string, index: number) => `/staff/appointments/${protocol}/documents/${index}`;
