import { randomBytes } from 'node:crypto';
import type { notificationStatusIDs } from '@/lib/tatodesk/contract/codes';
import { SIMULATOR_API_KEY } from '@/lib/tatodesk/contract/simulator-key';
import { demoAccounts } from './roles';
import { messageKinds, schema, type MessageKind, type Settings } from './schema';
import { templatesOf, type Templates } from './templates';

export type { Templates } from './templates';

export { SIMULATOR_API_KEY };
export { DEMO_STAFF } from './roles';

export type TatodeskTarget = {
  mode: 'tatodesk' | 'simulator';
  baseUrl: string;
  apiKey: string;
  /** Start the simulator inside this server process (no TATODESK_SIMULATOR_URL given). */
  embedSimulator: boolean;
  simulatorPort: number;
  timeoutMs: number;
  retries: number;
  /** Budget of everything one request asks the upstream, however many calls it makes. */
  deadlineMs: number;
  /** The account's appointment status ids and notification delivery status ids (the seed states neither). */
  codes: {
    status: Record<'scheduled' | 'checked-in' | 'in-service' | 'finished' | 'cancelled' | 'no-show', number>;
    delivery: Record<keyof typeof notificationStatusIDs, number>;
  };
};

/** The settings, as the app reads them: derived from the schema and what parseEnv makes of it. */
export type Env = ReturnType<typeof parseEnv>;

export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/** Where the shared store is: one Redis (REDIS_URL), a primary under Sentinel, or none (in-process). */
export type RedisTarget =
  | { kind: 'single'; url: string }
  | {
      kind: 'sentinel';
      sentinels: { host: string; port: number }[];
      name: string;
      password?: string;
      sentinelPassword?: string;
    };

function redisTarget(e: Settings): RedisTarget | undefined {
  const sentinel = e.REDIS_SENTINELS ?? e.REDIS_SENTINEL_NAME ?? e.REDIS_SENTINEL_PASSWORD;
  if (e.REDIS_URL && sentinel !== undefined)
    throw new EnvError('REDIS_URL (one Redis) and REDIS_SENTINELS (Redis under Sentinel) are both set: choose one.');
  if (e.REDIS_URL) return { kind: 'single', url: e.REDIS_URL };
  if (e.REDIS_PASSWORD && sentinel === undefined)
    throw new EnvError('REDIS_PASSWORD is for Redis under Sentinel: a single Redis takes its password in REDIS_URL.');
  if (sentinel === undefined) return undefined;
  if (!e.REDIS_SENTINELS?.length)
    throw new EnvError(
      'REDIS_SENTINEL_NAME is set but REDIS_SENTINELS is not: list the sentinels as host:port,host:port.',
    );
  if (!e.REDIS_SENTINEL_NAME)
    throw new EnvError(
      'REDIS_SENTINELS is set but REDIS_SENTINEL_NAME is not: name the primary the sentinels monitor.',
    );
  return {
    kind: 'sentinel',
    sentinels: e.REDIS_SENTINELS,
    name: e.REDIS_SENTINEL_NAME,
    password: e.REDIS_PASSWORD,
    sentinelPassword: e.REDIS_SENTINEL_PASSWORD,
  };
}

export function parseEnv(source: Record<string, string | undefined>) {
  // A variable set to nothing is not set (compose and Kubernetes pass `VAR=` through as "").
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const common = {
    timeoutMs: e.TATODESK_TIMEOUT_MS,
    retries: e.TATODESK_RETRIES,
    deadlineMs: Math.max(e.PAGE_DEADLINE_MS, e.TATODESK_TIMEOUT_MS),
    simulatorPort: e.TATODESK_SIMULATOR_PORT,
    codes: { status: e.TATODESK_STATUS_IDS, delivery: e.TATODESK_DELIVERY_STATUS_IDS },
  };
  const simulated = !(e.TATODESK_BASE_URL || e.TATODESK_API_KEY);
  if (!e.SESSION_SECRET && e.NODE_ENV === 'production' && !simulated) {
    throw new EnvError(
      'Set SESSION_SECRET (32 characters or more) so that sessions survive restarts and match across instances.',
    );
  }
  const MB = 1024 * 1024;
  const base = {
    nodeEnv: e.NODE_ENV,
    /** How long the organisation's catalogue (categories, types, regions, units) is cached. */
    catalogueTtlMs: e.CATALOGUE_TTL_SECONDS * 1000,
    /**
     * How long a unit's dates and a day's hours, once read, are served to everyone without asking
     * the upstream again (0: never); the app drops the entry itself when it books or is told a time is taken.
     */
    availabilityTtlMs: e.AVAILABILITY_TTL_MS,
    /** Signs citizens' access to their appointments and staff sessions. */
    sessionSecret: new TextEncoder().encode(e.SESSION_SECRET ?? processSecret()),
    notifications: {
      /** Each kind of message's templates by channel, in Portuguese and for citizens who booked in English. */
      templates: Object.fromEntries(
        (Object.keys(messageKinds) as MessageKind[]).map((kind) => [
          kind,
          { pt: templatesOf(e, kind, '', simulated), en: templatesOf(e, kind, '_EN', simulated) },
        ]),
      ) as Record<MessageKind, Record<'pt' | 'en', Templates>>,
      attempts: e.NOTIFY_ATTEMPTS,
      /** The confirmation carries the receipt: a PDF in the WhatsApp header, the PDF and the .ics on the e-mail. */
      receipt: e.NOTIFY_RECEIPT === 'on',
      /** How long after a WhatsApp message its delivery is checked, and how many times at most. */
      deliveryCheckMs: e.DELIVERY_CHECK_SECONDS * 1000,
      deliveryChecks: e.DELIVERY_CHECKS,
    },
    /**
     * Who holds the citizens' data and how to reach its data protection officer (LGPD art. 9, 41);
     * the legal basis: a public body's legal duty (art. 7 II–III, 23) or a private service's contract (art. 7 V).
     */
    privacy: {
      controller: e.PRIVACY_CONTROLLER ?? (simulated ? 'Organização de demonstração (simulador)' : undefined),
      dpoName: e.PRIVACY_DPO_NAME ?? (simulated ? 'Encarregada de dados de demonstração' : undefined),
      dpoEmail: e.PRIVACY_DPO_EMAIL ?? (simulated ? 'encarregado@simulador.tatodesk.invalid' : undefined),
      legalBasis: e.PRIVACY_LEGAL_BASIS,
      /** The citizens' requests recorded in the CRM are deleted this many days after they were made. */
      crmRetentionDays: e.CRM_RETENTION_DAYS,
    },
    /**
     * The Contact Center group whose opening hours and exceptions speak for a unit (its own entry,
     * else its company's), with how to reach its help line. None: closed days say no reason.
     */
    helpLine: {
      groups:
        e.HELP_LINE_GROUPS ??
        (simulated
          ? [
              { scope: 'company' as const, id: 101, groupId: 701, contact: '156' },
              { scope: 'company' as const, id: 102, groupId: 702, contact: '(92) 3303-9000' },
              { scope: 'company' as const, id: 103, groupId: 703, contact: '0800 065 0000' },
            ]
          : []),
    },
    /** The waiting list: on or off; each watched unit read at most once per `pollMs`; a range of at most `maxDays`; joins per client per hour. */
    waitlist: {
      enabled: e.WAITLIST === 'on',
      pollMs: e.WAITLIST_POLL_SECONDS * 1000,
      maxDays: e.WAITLIST_MAX_DAYS,
      joinsPerClient: e.WAITLIST_JOINS_PER_CLIENT,
    },
    /** The journey's events go to Pulse under this app's name (none: counted in /metrics only). */
    pulseApp: e.PULSE_APP ?? (simulated ? 'agendamento-web' : undefined),
    /** The survey after a visit: its form (none: no survey), how long after, how long its link lasts, how often finished visits are looked for. */
    survey: {
      formId: e.SURVEY_FORM_ID ?? (simulated ? 1 : undefined),
      delayMs: e.SURVEY_DELAY_MINUTES * 60_000,
      linkDays: e.SURVEY_LINK_DAYS,
      sweepMs: e.SURVEY_SWEEP_SECONDS * 1000,
    },
    /** Reminders: how long before the visit, never in the unit's quiet hours, looked for this often. */
    reminders: { offsets: e.REMINDER_OFFSETS, quiet: e.REMINDER_QUIET_HOURS, sweepMs: e.REMINDER_SWEEP_SECONDS * 1000 },
    /** Requests the API cannot carry out (release a place): this CRM object, the team told at this address. No object: no requests. */
    requests: {
      object: e.CRM_REQUESTS_OBJECT ?? (simulated ? 'appointment_requests' : undefined),
      emailTo: e.REQUESTS_EMAIL_TO ?? (simulated ? 'atendimento@simulador.tatodesk.invalid' : undefined),
      emailTemplate: e.REQUESTS_EMAIL_TEMPLATE ?? (simulated ? 'appointment-request' : undefined),
    },
    /** "My data" requests (LGPD art. 18) and consent withdrawals: this CRM object, the officer told. No object: no "my data" page. */
    dataRequests: {
      object: e.CRM_DATA_REQUESTS_OBJECT ?? (simulated ? 'data_requests' : undefined),
      emailTemplate: e.DATA_REQUESTS_EMAIL_TEMPLATE ?? (simulated ? 'data-request' : undefined),
    },
    attachments: {
      types: e.ATTACHMENT_TYPES,
      maxFileBytes: e.ATTACHMENT_MAX_FILE_MB * MB,
      maxTotalBytes: e.ATTACHMENT_MAX_TOTAL_MB * MB,
    },
    /** Lookups: wrong guesses a client may make in the window; lookups one instance takes in its window from everyone. */
    lookup: {
      maxFailures: e.LOOKUP_MAX_FAILURES,
      windowMs: e.LOOKUP_WINDOW_MINUTES * 60_000,
      instanceLimit: e.LOOKUP_INSTANCE_LIMIT,
      instanceWindowSeconds: e.LOOKUP_INSTANCE_WINDOW_SECONDS,
    },
    /** How many proxies of ours stand in front (0: none): the client is the address the outermost saw. */
    trustedProxies: e.TRUST_PROXY,
    /** The site's public address (the receipt's QR points staff to it); from the request when unset. */
    publicUrl: e.PUBLIC_URL ? new URL(e.PUBLIC_URL).origin : undefined,
    /** One active appointment per person (a keyed hash of the CPF) and scope, within `windowDays` of the new date (0: any ahead). */
    bookingLimit: { scope: e.BOOKING_LIMIT, windowDays: e.BOOKING_LIMIT_WINDOW_DAYS },
    /**
     * Creates in a window: per client (address) past `challengeFromClient` each proves work, past
     * `perClient` none goes on (0: no proof asked by address); per person (CPF), the real cap.
     */
    createLimit: {
      perClient: e.CREATE_LIMIT_PER_CLIENT,
      challengeFromClient: e.CREATE_CHALLENGE_PER_CLIENT,
      perPerson: e.CREATE_LIMIT_PER_PERSON,
      windowSeconds: e.CREATE_LIMIT_WINDOW_MINUTES * 60,
    },
    /** The proof of work before a create: never, always, or (`auto`) while traffic looks automated; its work, and the wait without JavaScript. */
    challenge: {
      mode: e.CHALLENGE,
      threshold: e.CHALLENGE_THRESHOLD,
      windowMs: e.CHALLENGE_WINDOW_MINUTES * 60_000,
      cost: e.CHALLENGE_COST,
      counterMax: e.CHALLENGE_COUNTER_MAX,
      waitSeconds: e.CHALLENGE_WAIT_SECONDS,
    },
    /** Shared state for several instances (cache, drafts, idempotency keys, limits, jobs); in-process when absent. */
    redis: redisTarget(e),
    /** `/metrics` is served with this bearer token only; off without one. */
    metricsToken: e.METRICS_TOKEN,
    readyUpstreamCacheMs: e.READY_UPSTREAM_CACHE_SECONDS * 1000,
    /** Staff: accounts with their roles (a demonstration clerk and manager on the simulator), a session's longest life, its idle time, the pages' refresh. */
    staff: {
      // The public demonstration login: on the simulator in development, or when asked for by name.
      accounts:
        e.STAFF_ACCOUNTS.size === 0 && simulated && (e.NODE_ENV === 'development' || e.STAFF_DEMO)
          ? demoAccounts()
          : e.STAFF_ACCOUNTS,
      sessionHours: e.STAFF_SESSION_HOURS,
      idleMs: e.STAFF_IDLE_MINUTES * 60_000,
      refreshMs: e.STAFF_REFRESH_SECONDS * 1000,
    },
  };

  if (e.TATODESK_BASE_URL || e.TATODESK_API_KEY) {
    if (!e.TATODESK_BASE_URL || !e.TATODESK_API_KEY) {
      throw new EnvError('Set both TATODESK_BASE_URL and TATODESK_API_KEY to use a Tatodesk account.');
    }
    if (e.TATODESK_SIMULATOR) {
      throw new EnvError('TATODESK_SIMULATOR=1 and a Tatodesk account are both set: choose one.');
    }
    const tatodesk: TatodeskTarget = {
      ...common,
      mode: 'tatodesk',
      baseUrl: e.TATODESK_BASE_URL,
      apiKey: e.TATODESK_API_KEY,
      embedSimulator: false,
    };
    return { ...base, tatodesk };
  }

  if (e.NODE_ENV === 'production' && !e.TATODESK_SIMULATOR) {
    throw new EnvError(
      'No Tatodesk account is configured. Set TATODESK_BASE_URL and TATODESK_API_KEY, ' +
        'or set TATODESK_SIMULATOR=1 to run on the demonstration simulator.',
    );
  }
  const tatodesk: TatodeskTarget = {
    ...common,
    mode: 'simulator',
    baseUrl: e.TATODESK_SIMULATOR_URL ?? `http://127.0.0.1:${e.TATODESK_SIMULATOR_PORT}`,
    apiKey: SIMULATOR_API_KEY,
    embedSimulator: !e.TATODESK_SIMULATOR_URL,
  };
  return { ...base, tatodesk };
}

const secretKey = Symbol.for('booking.process-secret');

/**
 * With no SESSION_SECRET (development, the simulator), one random secret per process: held on
 * globalThis because the bundler may load this module more than once (pages, route handlers).
 */
function processSecret(): string {
  const holder = globalThis as { [secretKey]?: string };
  holder[secretKey] ??= randomBytes(32).toString('hex');
  return holder[secretKey];
}

/**
 * The log level alone, readable before the rest is checked (the logger exists from the first
 * import, and must not fail on another variable's mistake): a wrong value falls back to info.
 */
export const logLevel = (): string => schema.shape.LOG_LEVEL.catch('info').parse(process.env.LOG_LEVEL);
/** The log format alone, for the same reason: JSON lines, or `pretty` for a person at a terminal. */
export const logFormat = (): 'json' | 'pretty' => schema.shape.LOG_FORMAT.catch('json').parse(process.env.LOG_FORMAT);

let cached: Env | undefined;

/** Parsed once per process, on first use (at server start, through instrumentation.ts). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
