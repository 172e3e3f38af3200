import { format } from 'node:util';
import pino from 'pino';
import pretty from 'pino-pretty';
import { logFormat, logLevel } from '@/lib/env';
import { STORE_UNAVAILABLE } from '@/lib/failure';

/**
 * The app's logger. Bodies are never logged (they carry citizens' data); keys and CPFs are
 * redacted should one slip in. JSON lines on stdout for the log pipeline, or (LOG_FORMAT=pretty)
 * readable lines for a person at a terminal; `destination` for a test that reads what is written.
 */
export function createLogger(destination?: pino.DestinationStream) {
  return pino(
    {
      level: logLevel(),
      base: { service: 'booking' },
      redact: { paths: ['apiKey', '*.apiKey', 'headers["api-key"]', 'cpf', '*.cpf'], censor: '[redacted]' },
    },
    destination ?? (logFormat() === 'pretty' ? pretty({ sync: true, ignore: 'pid,hostname,service' }) : undefined),
  );
}

export const log = createLogger();

/**
 * Everything the server prints goes out as JSON lines, Next's own messages and errors included
 * (it writes them with console.*, stack traces and all): one format for the log pipeline to read.
 * An error a page did not catch carries Next's digest, which is the reference the citizen's error
 * page shows: logged as its `requestId`, so that one line is found from what the citizen reads.
 */
export function consoleAsJson(logger: pino.Logger = log): void {
  const write =
    (level: 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const digest = (error as { digest?: unknown } | undefined)?.digest;
      logger[level](
        {
          source: 'server',
          // The shared store's error has one digest for every request: it names the failure, not the request.
          ...(typeof digest === 'string' &&
            (digest === STORE_UNAVAILABLE ? { failure: digest } : { requestId: digest })),
          ...(error && { err: { name: error.name, message: error.message, stack: error.stack } }),
        },
        stripAnsi(format(...args)),
      );
    };
  console.log = write('info');
  console.info = write('info');
  console.warn = write('warn');
  console.error = write('error');
}

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
