import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { notificationStatusIDs, statusIDsByName } from '@/lib/tatodesk/contract/codes';
import { SIMULATOR_API_KEY } from '@/lib/tatodesk/contract/simulator-key';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

/**
 * The account's numbering of a list the seed does not state (`name=id,…`): every name given, each
 * id once. Unset, the contract's inferred numbering; `npm run tatodesk:check` lists what an account
 * answers, so that these can be set from it.
 */
const codes = <K extends string>(defaults: Record<K, number>) =>
  z
    .string()
    .optional()
    .transform((list, ctx): Record<K, number> => {
      if (list === undefined) return defaults;
      const names = Object.keys(defaults) as K[];
      const pairs = list.split(',').map((item) => item.trim().match(/^([a-z][a-zA-Z-]*)=(\d{1,9})$/));
      const found = Object.fromEntries(pairs.map((m) => (m ? [m[1], Number(m[2])] : ['', 0])));
      const ids = Object.values(found);
      if (
        pairs.some((m) => !m) ||
        names.some((n) => !(n in found)) ||
        Object.keys(found).length !== names.length ||
        new Set(ids).size !== ids.length
      ) {
        ctx.addIssue({
          code: 'custom',
          message: `expected each of ${names.join(', ')} once, as name=id,… with different ids`,
        });
        return z.NEVER;
      }
      return found as Record<K, number>;
    });

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  TATODESK_BASE_URL: z.url().optional(),
  TATODESK_API_KEY: z.string().min(8).optional(),
  TATODESK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(8000),
  TATODESK_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  PAGE_DEADLINE_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  TATODESK_SIMULATOR: flag.optional(),
  TATODESK_SIMULATOR_URL: z.url().optional(),
  TATODESK_SIMULATOR_PORT: z.coerce.number().int().min(1).max(65_535).default(4010),
  TATODESK_STATUS_IDS: codes({ ...statusIDsByName }),
  TATODESK_DELIVERY_STATUS_IDS: codes({ ...notificationStatusIDs }),
  SESSION_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  NOTIFY_EMAIL_TEMPLATE: z.string().min(1).optional(),
  NOTIFY_WHATSAPP_TEMPLATE: z.string().min(1).optional(),
  NOTIFY_SMS_TEMPLATE: z.string().min(1).optional(),
  NOTIFY_EMAIL_TEMPLATE_EN: z.string().min(1).optional(),
  NOTIFY_WHATSAPP_TEMPLATE_EN: z.string().min(1).optional(),
  NOTIFY_SMS_TEMPLATE_EN: z.string().min(1).optional(),
  NOTIFY_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  NOTIFY_REMINDER_EMAIL_TEMPLATE: z.string().min(1).optional(),
  NOTIFY_REMINDER_WHATSAPP_TEMPLATE: z.string().min(1).optional(),
  NOTIFY_REMINDER_SMS_TEMPLATE: z.string().min(1).optional(),
  NOTIFY_REMINDER_EMAIL_TEMPLATE_EN: z.string().min(1).optional(),
  NOTIFY_REMINDER_WHATSAPP_TEMPLATE_EN: z.string().min(1).optional(),
  NOTIFY_REMINDER_SMS_TEMPLATE_EN: z.string().min(1).optional(),
  NOTIFY_WAITLIST_EMAIL_TEMPLATE: z.string().min(1).optional(),
  NOTIFY_WAITLIST_WHATSAPP_TEMPLATE: z.string().min(1).optional(),
  NOTIFY_WAITLIST_SMS_TEMPLATE: z.string().min(1).optional(),
  NOTIFY_WAITLIST_EMAIL_TEMPLATE_EN: z.string().min(1).optional(),
  NOTIFY_WAITLIST_WHATSAPP_TEMPLATE_EN: z.string().min(1).optional(),
  NOTIFY_WAITLIST_SMS_TEMPLATE_EN: z.string().min(1).optional(),
  NOTIFY_RECEIVED_EMAIL_TEMPLATE: z.string().min(1).optional(),
  NOTIFY_RECEIVED_WHATSAPP_TEMPLATE: z.string().min(1).optional(),
  NOTIFY_RECEIVED_SMS_TEMPLATE: z.string().min(1).optional(),
  NOTIFY_RECEIVED_EMAIL_TEMPLATE_EN: z.string().min(1).optional(),
  NOTIFY_RECEIVED_WHATSAPP_TEMPLATE_EN: z.string().min(1).optional(),
  NOTIFY_RECEIVED_SMS_TEMPLATE_EN: z.string().min(1).optional(),
  PRIVACY_CONTROLLER: z.string().min(1).max(200).optional(),
  PRIVACY_DPO_NAME: z.string().min(1).max(200).optional(),
  PRIVACY_DPO_EMAIL: z.email().optional(),
  PRIVACY_LEGAL_BASIS: z.enum(['public-duty', 'contract']).default('public-duty'),
  WAITLIST: z.enum(['on', 'off']).default('on'),
  WAITLIST_POLL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  WAITLIST_MAX_DAYS: z.coerce.number().int().min(1).max(365).default(90),
  WAITLIST_JOINS_PER_CLIENT: z.coerce.number().int().min(1).max(10_000).default(10),
  REMINDER_OFFSETS: z
    .string()
    .default('24h,3h')
    .transform((list, ctx) => {
      if (['off', 'none', ''].includes(list.trim())) return [];
      const offsets = list.split(',').map((item) => item.trim().match(/^(\d{1,3})(h|m)$/));
      if (offsets.some((m) => !m)) {
        ctx.addIssue({ code: 'custom', message: 'expected hours or minutes before the visit, e.g. 24h,3h (or off)' });
        return z.NEVER;
      }
      return offsets.map((m) => ({ label: m![0], ms: Number(m![1]) * (m![2] === 'h' ? 3_600_000 : 60_000) }));
    }),
  REMINDER_QUIET_HOURS: z
    .string()
    .default('21-8')
    .transform((range, ctx) => {
      const m = range.match(/^(\d{1,2})-(\d{1,2})$/);
      if (!m || Number(m[1]) > 23 || Number(m[2]) > 23) {
        ctx.addIssue({ code: 'custom', message: 'expected start-end hours at the unit, e.g. 21-8' });
        return z.NEVER;
      }
      return { start: Number(m[1]), end: Number(m[2]) };
    }),
  REMINDER_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  DELIVERY_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  DELIVERY_CHECKS: z.coerce.number().int().min(1).max(20).default(5),
  CRM_REQUESTS_OBJECT: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,62}$/)
    .optional(),
  REQUESTS_EMAIL_TO: z.email().optional(),
  REQUESTS_EMAIL_TEMPLATE: z.string().min(1).optional(),
  CRM_DATA_REQUESTS_OBJECT: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,62}$/)
    .optional(),
  DATA_REQUESTS_EMAIL_TEMPLATE: z.string().min(1).optional(),
  ATTACHMENT_TYPES: z
    .string()
    .default('pdf,jpeg,png')
    .transform((list) =>
      list
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(['pdf', 'jpeg', 'png', 'webp', 'heic'])).min(1)),
  ATTACHMENT_MAX_FILE_MB: z.coerce.number().positive().max(50).default(5),
  ATTACHMENT_MAX_TOTAL_MB: z.coerce.number().positive().max(200).default(20),
  TRUST_PROXY: z
    .union([z.enum(['true', 'yes']).transform(() => 1), z.enum(['false', 'no']).transform(() => 0), z.coerce.number()])
    .pipe(z.number().int().min(0).max(10))
    .default(0),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  STAFF_ACCOUNTS: z
    .string()
    .optional()
    .transform((list, ctx) => {
      const accounts = new Map<string, string>();
      for (const entry of (list ?? '')
        .split(';')
        .map((e) => e.trim())
        .filter(Boolean)) {
        const [name, hash] = [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)];
        if (!/^[\w.-]{2,40}$/.test(name) || !/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/.test(hash)) {
          ctx.addIssue({ code: 'custom', message: 'expected name=hash;… with hashes from `npm run staff:hash`' });
          return z.NEVER;
        }
        accounts.set(name, hash);
      }
      return accounts;
    }),
  STAFF_SESSION_HOURS: z.coerce.number().min(0.25).max(24).default(8),
  STAFF_REFRESH_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
  STAFF_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  STAFF_DEMO: flag.default(false),
  LOOKUP_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOOKUP_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  LOOKUP_INSTANCE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(30),
  LOOKUP_INSTANCE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(1),
  CATALOGUE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  AVAILABILITY_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(1500),
  CREATE_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(200),
  CREATE_CHALLENGE_PER_CLIENT: z.coerce.number().int().min(0).max(100_000).default(10),
  CREATE_LIMIT_PER_PERSON: z.coerce.number().int().min(1).max(1000).default(5),
  CREATE_LIMIT_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  CHALLENGE: z.enum(['off', 'auto', 'always']).default('auto'),
  CHALLENGE_THRESHOLD: z.coerce.number().int().min(1).max(1_000_000).default(30),
  CHALLENGE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  CHALLENGE_COST: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  CHALLENGE_COUNTER_MAX: z.coerce.number().int().min(2).max(1_000_000).default(1500),
  CHALLENGE_WAIT_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  BOOKING_LIMIT: z.enum(['off', 'per-type', 'per-category', 'per-company']).default('per-type'),
  BOOKING_LIMIT_WINDOW_DAYS: z.coerce.number().int().min(0).max(365).default(0),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  /** `/metrics` answers only with `Authorization: Bearer <this>`; without it, `/metrics` is off (404). */
  METRICS_TOKEN: z.string().min(16, 'use a token of 16 characters or more').optional(),
  /** How long /api/ready trusts its last upstream read, so that many probes cost one read. */
  READY_UPSTREAM_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
});

/** The demonstration's front-desk account (password `demo-recepcao-2026`): only ever on the simulator. */
export const DEMO_STAFF = {
  user: 'recepcao',
  hash: 'scrypt$32768$8$1$AXf1AYe3QT8GvHqPURKFkg$Ro_w1kkS41kio5-GtUmgEa0qqRqziQZb3G3XV1JXiWk',
};

export { SIMULATOR_API_KEY };

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

export type Env = {
  nodeEnv: 'development' | 'production' | 'test';
  /** How long the organisation's catalogue (categories, types, regions, units) is cached. */
  catalogueTtlMs: number;
  /**
   * How long a unit's dates and a day's hours, once read, are served to everyone without asking
   * the upstream again (0: never). Views in a rush share one read; the app drops the entry itself
   * when it books or is told a time is taken.
   */
  availabilityTtlMs: number;
  /** Signs citizens' access to their appointments and staff sessions. */
  sessionSecret: Uint8Array;
  notifications: {
    email?: string;
    whatsapp?: string;
    sms?: string;
    /** Templates for citizens who booked in English; the Portuguese ones otherwise. */
    english: { email?: string; whatsapp?: string; sms?: string };
    attempts: number;
    /** Reminder templates, the same way round. */
    reminder: { email?: string; whatsapp?: string; sms?: string };
    reminderEnglish: { email?: string; whatsapp?: string; sms?: string };
    /** "A place opened" for the waiting list, the same way round. */
    waitlist: { email?: string; whatsapp?: string; sms?: string };
    waitlistEnglish: { email?: string; whatsapp?: string; sms?: string };
    /** "Your request was received" (a cancellation, a "my data" request), the same way round. */
    received: { email?: string; whatsapp?: string; sms?: string };
    receivedEnglish: { email?: string; whatsapp?: string; sms?: string };
    /** How long after a WhatsApp message its delivery is checked, and how many times at most. */
    deliveryCheckMs: number;
    deliveryChecks: number;
  };
  /**
   * Who holds the citizens' data and how to reach its data protection officer (LGPD art. 9, 41);
   * the legal basis: a public body's legal duty (art. 7 II–III, 23) or a private service's contract
   * (art. 7 V). No controller named: the organisation being booked with.
   */
  privacy: { controller?: string; dpoName?: string; dpoEmail?: string; legalBasis: 'public-duty' | 'contract' };
  /**
   * The waiting list: on or off; each watched unit and service read at most once per `pollMs`
   * (shared by everyone watching it); a range of at most `maxDays`; joins per client per hour.
   */
  waitlist: { enabled: boolean; pollMs: number; maxDays: number; joinsPerClient: number };
  /** Reminders: how long before the visit, never in the unit's quiet hours, looked for this often. */
  reminders: {
    offsets: { label: string; ms: number }[];
    quiet: { start: number; end: number };
    sweepMs: number;
  };
  /**
   * Citizens' requests the API cannot carry out (release a place): recorded in this CRM object,
   * and the organisation's team told at this address with this template. No object: no requests.
   */
  requests: { object?: string; emailTo?: string; emailTemplate?: string };
  /**
   * Citizens' requests about their data (LGPD art. 18): recorded in this CRM object, the officer
   * (PRIVACY_DPO_EMAIL) told with this template. No object: no "my data" page.
   */
  dataRequests: { object?: string; emailTemplate?: string };
  attachments: { types: string[]; maxFileBytes: number; maxTotalBytes: number };
  /**
   * Lookups: wrong guesses a client may make in the window; and how many lookups one instance
   * takes in its window from everyone together, the rest refused at once, before any work.
   */
  lookup: { maxFailures: number; windowMs: number; instanceLimit: number; instanceWindowSeconds: number };
  /**
   * One active appointment per person (a keyed hash of the CPF) and scope: a service type, a
   * category, an organisation, or off; counted within `windowDays` of the new date (0: any ahead).
   */
  bookingLimit: { scope: 'off' | 'per-type' | 'per-category' | 'per-company'; windowDays: number };
  /** Bookings (creates) one client, and one person (CPF), may make in the window: scripts are slowed. */
  /**
   * Creates in a window: per client (address) past `challengeFromClient` each proves work, past
   * `perClient` none goes on (0: no proof asked by address); per person (CPF), the real cap.
   */
  createLimit: { perClient: number; challengeFromClient: number; perPerson: number; windowSeconds: number };
  /**
   * The proof-of-work asked before a create: never, always, or (`auto`) while the suspicious
   * events of the last window reach `threshold`; `cost` and `counterMax` set its work, `waitSeconds`
   * the lane without JavaScript.
   */
  challenge: {
    mode: 'off' | 'auto' | 'always';
    threshold: number;
    windowMs: number;
    cost: number;
    counterMax: number;
    waitSeconds: number;
  };
  /** The site's public address (the receipt's QR points staff to it); from the request when unset. */
  publicUrl?: string;
  /** Shared state for several instances (cache, drafts, idempotency keys, limits); in-process when absent. */
  redisUrl?: string;
  /** `/metrics` is served with this bearer token only; off without one. */
  metricsToken?: string;
  readyUpstreamCacheMs: number;
  /**
   * How many proxies of ours stand in front (0: none). The client is the address the outermost
   * of them saw, counted from the right of X-Forwarded-For; with none, the connection's address.
   */
  trustedProxies: number;
  /** Staff user names and their password hashes; a demonstration account on the simulator. */
  /** Staff: accounts, a session's longest life, how long it may sit idle, how often staff pages refresh. */
  staff: { accounts: Map<string, string>; sessionHours: number; idleMs: number; refreshMs: number };
  tatodesk: TatodeskTarget;
};

export class EnvError extends Error {
  override readonly name = 'EnvError';
}

export function parseEnv(source: Record<string, string | undefined>): Env {
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
    catalogueTtlMs: e.CATALOGUE_TTL_SECONDS * 1000,
    availabilityTtlMs: e.AVAILABILITY_TTL_MS,
    sessionSecret: new TextEncoder().encode(e.SESSION_SECRET ?? processSecret()),
    notifications: {
      ...templates(e, '', simulated ? 'booking-confirmation' : undefined),
      english: templates(e, '_EN', simulated ? 'booking-confirmation-en' : undefined),
      attempts: e.NOTIFY_ATTEMPTS,
      reminder: templates(e, '', simulated ? 'booking-reminder' : undefined, 'REMINDER_'),
      reminderEnglish: templates(e, '_EN', simulated ? 'booking-reminder-en' : undefined, 'REMINDER_'),
      waitlist: templates(e, '', simulated ? 'waiting-list-place' : undefined, 'WAITLIST_'),
      waitlistEnglish: templates(e, '_EN', simulated ? 'waiting-list-place-en' : undefined, 'WAITLIST_'),
      received: templates(e, '', simulated ? 'request-received' : undefined, 'RECEIVED_'),
      receivedEnglish: templates(e, '_EN', simulated ? 'request-received-en' : undefined, 'RECEIVED_'),
      deliveryCheckMs: e.DELIVERY_CHECK_SECONDS * 1000,
      deliveryChecks: e.DELIVERY_CHECKS,
    },
    privacy: {
      controller: e.PRIVACY_CONTROLLER ?? (simulated ? 'Organização de demonstração (simulador)' : undefined),
      dpoName: e.PRIVACY_DPO_NAME ?? (simulated ? 'Encarregada de dados de demonstração' : undefined),
      dpoEmail: e.PRIVACY_DPO_EMAIL ?? (simulated ? 'encarregado@simulador.tatodesk.invalid' : undefined),
      legalBasis: e.PRIVACY_LEGAL_BASIS,
    },
    waitlist: {
      enabled: e.WAITLIST === 'on',
      pollMs: e.WAITLIST_POLL_SECONDS * 1000,
      maxDays: e.WAITLIST_MAX_DAYS,
      joinsPerClient: e.WAITLIST_JOINS_PER_CLIENT,
    },
    reminders: { offsets: e.REMINDER_OFFSETS, quiet: e.REMINDER_QUIET_HOURS, sweepMs: e.REMINDER_SWEEP_SECONDS * 1000 },
    requests: {
      object: e.CRM_REQUESTS_OBJECT ?? (simulated ? 'appointment_requests' : undefined),
      emailTo: e.REQUESTS_EMAIL_TO ?? (simulated ? 'atendimento@simulador.tatodesk.invalid' : undefined),
      emailTemplate: e.REQUESTS_EMAIL_TEMPLATE ?? (simulated ? 'appointment-request' : undefined),
    },
    dataRequests: {
      object: e.CRM_DATA_REQUESTS_OBJECT ?? (simulated ? 'data_requests' : undefined),
      emailTemplate: e.DATA_REQUESTS_EMAIL_TEMPLATE ?? (simulated ? 'data-request' : undefined),
    },
    attachments: {
      types: e.ATTACHMENT_TYPES,
      maxFileBytes: e.ATTACHMENT_MAX_FILE_MB * MB,
      maxTotalBytes: e.ATTACHMENT_MAX_TOTAL_MB * MB,
    },
    lookup: {
      maxFailures: e.LOOKUP_MAX_FAILURES,
      windowMs: e.LOOKUP_WINDOW_MINUTES * 60_000,
      instanceLimit: e.LOOKUP_INSTANCE_LIMIT,
      instanceWindowSeconds: e.LOOKUP_INSTANCE_WINDOW_SECONDS,
    },
    trustedProxies: e.TRUST_PROXY,
    publicUrl: e.PUBLIC_URL ? new URL(e.PUBLIC_URL).origin : undefined,
    bookingLimit: { scope: e.BOOKING_LIMIT, windowDays: e.BOOKING_LIMIT_WINDOW_DAYS },
    createLimit: {
      perClient: e.CREATE_LIMIT_PER_CLIENT,
      challengeFromClient: e.CREATE_CHALLENGE_PER_CLIENT,
      perPerson: e.CREATE_LIMIT_PER_PERSON,
      windowSeconds: e.CREATE_LIMIT_WINDOW_MINUTES * 60,
    },
    challenge: {
      mode: e.CHALLENGE,
      threshold: e.CHALLENGE_THRESHOLD,
      windowMs: e.CHALLENGE_WINDOW_MINUTES * 60_000,
      cost: e.CHALLENGE_COST,
      counterMax: e.CHALLENGE_COUNTER_MAX,
      waitSeconds: e.CHALLENGE_WAIT_SECONDS,
    },
    redisUrl: e.REDIS_URL,
    metricsToken: e.METRICS_TOKEN,
    readyUpstreamCacheMs: e.READY_UPSTREAM_CACHE_SECONDS * 1000,
    staff: {
      // The public demonstration login: on the simulator in development, or when asked for by name.
      accounts:
        e.STAFF_ACCOUNTS.size === 0 && simulated && (e.NODE_ENV === 'development' || e.STAFF_DEMO)
          ? new Map([[DEMO_STAFF.user, DEMO_STAFF.hash]])
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
    return {
      ...base,
      tatodesk: {
        ...common,
        mode: 'tatodesk',
        baseUrl: e.TATODESK_BASE_URL,
        apiKey: e.TATODESK_API_KEY,
        embedSimulator: false,
      },
    };
  }

  if (e.NODE_ENV === 'production' && !e.TATODESK_SIMULATOR) {
    throw new EnvError(
      'No Tatodesk account is configured. Set TATODESK_BASE_URL and TATODESK_API_KEY, ' +
        'or set TATODESK_SIMULATOR=1 to run on the demonstration simulator.',
    );
  }
  return {
    ...base,
    tatodesk: {
      ...common,
      mode: 'simulator',
      baseUrl: e.TATODESK_SIMULATOR_URL ?? `http://127.0.0.1:${e.TATODESK_SIMULATOR_PORT}`,
      apiKey: SIMULATOR_API_KEY,
      embedSimulator: !e.TATODESK_SIMULATOR_URL,
    },
  };
}

/**
 * The templates of one kind of message by channel (NOTIFY_[REMINDER_]EMAIL_TEMPLATE[_EN]…); the
 * demonstration sends every notification through the simulator, so that it can show them.
 */
function templates(e: z.output<typeof schema>, language: '' | '_EN', demo: string | undefined, kind = '') {
  const set = e as unknown as Record<string, string | undefined>;
  const pick = (channel: string) => set[`NOTIFY_${kind}${channel}_TEMPLATE${language}`] ?? demo;
  return { email: pick('EMAIL'), whatsapp: pick('WHATSAPP'), sms: pick('SMS') };
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
