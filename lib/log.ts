import pino from 'pino';
import { logLevel } from '@/lib/env';

// Bodies are never logged (they carry citizens' data); keys are redacted should one slip in.
export const log = pino({
  level: logLevel(),
  base: { service: 'booking' },
  redact: { paths: ['apiKey', '*.apiKey', 'headers["api-key"]', 'cpf', '*.cpf'], censor: '[redacted]' },
});
