/**
 * A protocol as the citizen-facing number of an attendance: digits only (Tatodesk's are the day
 * and a running number, 14 digits; shorter ones are accepted in case an account numbers
 * differently). One rule for the lookup form, the access check, the staff pages and routes.
 */
export const PROTOCOL_PATTERN = /^\d{6,30}$/;
export const isProtocol = (value: string) => PROTOCOL_PATTERN.test(value);

/** The lookup page with the protocol filled in, for a browser that has not proved the second factor. */
export const lookupHref = (protocol: string) => `/appointments?protocol=${encodeURIComponent(protocol.slice(0, 30))}`;
