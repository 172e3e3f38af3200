import pino from 'pino';

/** The simulator's own JSON log lines (it shares nothing with the app but the contract). */
export const log = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'tatodesk-simulator' } });
