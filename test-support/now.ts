/**
 * The fixed "now" every test's simulator runs on (a Tuesday morning in Brasília, with the month's
 * holidays ahead): what any date a test names is relative to, whatever the machine's clock or zone.
 */
export const FIXED_NOW_ISO = '2026-12-01T09:00:00-03:00';
export const FIXED_NOW = new Date(FIXED_NOW_ISO);
