/** The answer that says which staff member booked for a caller (lib/staff/on-behalf.ts turns it on). */
export const BOOKED_BY_KEY = 'bookedBy';

/** The answer that marks a booking as made by staff, as Tatodesk keeps it with the others. */
export const bookedByAnswer = (staff: { user: string }) => ({ key: BOOKED_BY_KEY, value: `staff:${staff.user}` });
