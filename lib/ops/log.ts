import { format } from 'node:util';
import pino from 'pino';
import pretty from 'pino-pretty';
import { logFormat, logLevel } from '@/lib/env';
import { STORE_UNAVAILABLE } from '@/lib/failure';

/** Fields that are a person's (or a secret) wherever they stand in a log line, to two levels deep. */
const PERSONAL_FIELDS = [
  'apiKey',
  'cpf',
  'email',
  'phone',
  'birthDate',
  'answers',
  'details',
  'client',
  'person',
  'guardianName',
  'guardianCpf',
  'to',
  'contact',
  'parameters',
  'password',
];
const redactPaths = [
  'headers["api-key"]',
  // A name is a person's at the top of a line (an error's name is kept).
  'name',
  ...PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];

/**
 * What is a person's in any text, whatever field carries it (an upstream's error message that
 * echoes what it was sent, a library's message): e-mail addresses, CPFs written either way, and
 * phone numbers (10 to 13 digits, with or without their punctuation). Protocols (14 digits) and
 * ids stay readable.
 */
const PERSONAL_TEXT: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[e-mail]'],
  [/\b\d{3}\.\d{3}\.\d{3}-\d{2}\b/g, '[cpf]'],
  [/(?<![\d-])(\+?55\s?)?\(?\d{2}\)?\s?9?\d{4}[-\s]?\d{4}(?![\d-])/g, '[phone]'],
  [/(?<![\d-])\d{10,13}(?![\d-])/g, '[digits]'],
];
export const scrubText = (text: string) =>
  PERSONAL_TEXT.reduce((out, [pattern, mark]) => out.replace(pattern, mark), text);

/** References that are ours, not a person's: Next's digest (the citizen's error reference, ten digits) and ids. */
const REFERENCES = new Set(['requestId', 'failure', 'digest', 'jobId', 'notificationId', 'protocol']);

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 6 || !value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, REFERENCES.has(key) ? inner : scrub(inner, depth + 1)]),
  );
}

/**
 * The app's logger. Bodies are never logged (they carry citizens' data); should a person's data
 * slip into a line, its fields (name, CPF, e-mail, phone, birth date, answers…) are redacted by
 * name, and any text in it is scrubbed of e-mail addresses, CPFs and phone numbers. JSON lines on
 * stdout for the log pipeline, or (LOG_FORMAT=pretty) readable lines for a person at a terminal;
 * `destination` for a test that reads what is written.
 */
export function createLogger(destination?: pino.DestinationStream) {
  return pino(
    {
      level: logLevel(),
      base: { service: 'booking' },
      redact: { paths: redactPaths, censor: '[redacted]' },
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
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
