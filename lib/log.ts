import pino from 'pino';

// Bodies are never logged (they carry citizens' data); keys are redacted should one slip in.
export const log = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'booking' },
  redact: { paths: ['apiKey', '*.apiKey', 'headers["api-key"]', 'cpf', '*.cpf'], censor: '[redacted]' },
});
