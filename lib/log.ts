import { format } from 'node:util';
import pino from 'pino';
import { logLevel } from '@/lib/env';

// Bodies are never logged (they carry citizens' data); keys are redacted should one slip in.
export const log = pino({
  level: logLevel(),
  base: { service: 'booking' },
  redact: { paths: ['apiKey', '*.apiKey', 'headers["api-key"]', 'cpf', '*.cpf'], censor: '[redacted]' },
});

/**
 * Everything the server prints goes out as JSON lines, Next's own messages and errors included
 * (it writes them with console.*, stack traces and all): one format for the log pipeline to read.
 */
export function consoleAsJson(): void {
  const write =
    (level: 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      log[level](
        { source: 'server', ...(error && { err: { name: error.name, message: error.message, stack: error.stack } }) },
        stripAnsi(format(...args)),
      );
    };
  console.log = write('info');
  console.info = write('info');
  console.warn = write('warn');
  console.error = write('error');
}

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
