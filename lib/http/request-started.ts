/** The header the proxy stamps on every request it lets through: when it arrived (ms since the epoch). */
export const REQUEST_STARTED_HEADER = 'x-request-started';
