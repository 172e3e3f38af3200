import { z } from 'zod';
import { notificationStatusIDs, statusIDsByName } from '@/lib/tatodesk/contract/codes';
import { isStaffRole, type StaffAccount } from './roles';

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

/**
 * The kinds of message and their templates on the simulator's demonstration account: each kind
 * has one setting per channel and language, NOTIFY_[KIND_]{EMAIL,WHATSAPP,SMS}_TEMPLATE[_EN].
 */
export const messageKinds = {
  confirmation: { prefix: '', demo: 'booking-confirmation' },
  reminder: { prefix: 'REMINDER_', demo: 'booking-reminder' },
  waitlist: { prefix: 'WAITLIST_', demo: 'waiting-list-place' },
  received: { prefix: 'RECEIVED_', demo: 'request-received' },
  survey: { prefix: 'SURVEY_', demo: 'visit-survey' },
} as const;
export type MessageKind = keyof typeof messageKinds;
export const messageChannels = ['EMAIL', 'WHATSAPP', 'SMS'] as const;
export const languageSuffixes = ['', '_EN'] as const;

/** The name of one template setting. */
export const templateSetting = (kind: MessageKind, channel: (typeof messageChannels)[number], suffix: string) =>
  `NOTIFY_${messageKinds[kind].prefix}${channel}_TEMPLATE${suffix}`;

const templateSettings = Object.fromEntries(
  (Object.keys(messageKinds) as MessageKind[]).flatMap((kind) =>
    messageChannels.flatMap((channel) =>
      languageSuffixes.map((suffix) => [templateSetting(kind, channel, suffix), z.string().min(1).optional()]),
    ),
  ),
);

export const schema = z.object({
  ...templateSettings,
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
  NOTIFY_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  NOTIFY_RECEIPT: z.enum(['on', 'off']).default('on'),
  PRIVACY_CONTROLLER: z.string().min(1).max(200).optional(),
  PRIVACY_DPO_NAME: z.string().min(1).max(200).optional(),
  PRIVACY_DPO_EMAIL: z.email().optional(),
  PRIVACY_LEGAL_BASIS: z.enum(['public-duty', 'contract']).default('public-duty'),
  CRM_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(365),
  PULSE_APP: z
    .string()
    .regex(/^[\w.-]{1,80}$/)
    .optional(),
  SURVEY_FORM_ID: z.coerce.number().int().positive().optional(),
  SURVEY_DELAY_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
  SURVEY_LINK_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  SURVEY_SWEEP_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  HELP_LINE_GROUPS: z
    .string()
    .optional()
    .transform((list, ctx) => {
      if (list === undefined) return undefined;
      const entries = list
        .split(';')
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => item.match(/^(company|unit):(\d{1,9})=(\d{1,9})(?:@(.{1,60}))?$/));
      if (entries.some((m) => !m)) {
        ctx.addIssue({
          code: 'custom',
          message: 'expected company:<id>=<group>[@<how to reach it>] or unit:<id>=…, separated by ;',
        });
        return z.NEVER;
      }
      return entries.map((m) => ({
        scope: m![1] as 'company' | 'unit',
        id: Number(m![2]),
        groupId: Number(m![3]),
        contact: m![4]?.trim(),
      }));
    }),
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
  /** Redis under Sentinel: the sentinels as `host:port,host:port,…` (three or more in production). */
  REDIS_SENTINELS: z
    .string()
    .optional()
    .transform((list, ctx) => {
      if (list === undefined) return undefined;
      const sentinels = list.split(',').map((entry) => {
        const match = /^\s*(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})\s*$/.exec(entry);
        const port = Number(match?.[2]);
        if (!match || port < 1 || port > 65_535) {
          ctx.addIssue({ code: 'custom', message: `not host:port: "${entry.trim()}"` });
          return undefined;
        }
        return { host: match[1]!.replace(/^\[|\]$/g, ''), port };
      });
      return sentinels.filter((s) => s !== undefined);
    }),
  /** The name the sentinels know the primary by (`sentinel monitor <name> …`). */
  REDIS_SENTINEL_NAME: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/)
    .optional(),
  /** The password of the primary and its replicas under Sentinel (a single Redis takes it in REDIS_URL). */
  REDIS_PASSWORD: z.string().min(1).optional(),
  /** The sentinels' own password, when they ask for one. */
  REDIS_SENTINEL_PASSWORD: z.string().min(1).optional(),
  /**
   * Staff accounts: `name=hash;…`, a manager as `name:manager=hash` (a clerk by default). A clerk
   * works the counter; a manager also reads the week at each unit (/staff/week).
   */
  STAFF_ACCOUNTS: z
    .string()
    .optional()
    .transform((list, ctx) => {
      const accounts = new Map<string, StaffAccount>();
      for (const entry of (list ?? '')
        .split(';')
        .map((e) => e.trim())
        .filter(Boolean)) {
        const [who, hash] = [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)];
        const [name = '', role = 'clerk'] = who.split(':');
        if (
          !/^[\w.-]{2,40}$/.test(name) ||
          !isStaffRole(role) ||
          !/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/.test(hash)
        ) {
          ctx.addIssue({
            code: 'custom',
            message: 'expected name=hash;… (a manager as name:manager=hash) with hashes from `npm run staff:hash`',
          });
          return z.NEVER;
        }
        accounts.set(name, { hash, role });
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

export type Settings = z.output<typeof schema>;
