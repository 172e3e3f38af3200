import 'server-only';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { store, updateShared } from '@/lib/store';

/**
 * The waiting list, kept in the shared store (no account): an entry per person and scope (a unit
 * and a service type), a list of entries per scope in join order, and an index of the scopes
 * watched. The entry's id is its only key: it is the address of its page (where it is left)
 * and nobody can guess it.
 */
export const scopeSchema = z.object({
  companyId: z.number().int().positive(),
  unitId: z.number().int().positive(),
  serviceTypeId: z.number().int().positive(),
});
export type Scope = z.infer<typeof scopeSchema>;

const entrySchema = z.object({
  id: z.string().regex(/^[\w-]{32}$/),
  scope: scopeSchema,
  /** The journey's answers up to the unit (a query string): the notice's link opens that day's times with them. */
  journey: z.string().max(500),
  service: z.string(),
  unit: z.string(),
  timeZone: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  channel: z.enum(['email', 'phone']),
  /** An e-mail address, or a mobile number's digits. */
  contact: z.string().max(200),
  language: z.enum(['pt-BR', 'en']),
  /** Where the links of the notice point (the site's public address when set, else the one joined on). */
  origin: z.url(),
  joinedAt: z.iso.datetime({ offset: true }),
  state: z.enum(['waiting', 'notified']),
  notified: z.object({ at: z.iso.datetime({ offset: true }), date: z.iso.date() }).optional(),
});
export type Entry = z.infer<typeof entrySchema>;
export type NewEntry = Omit<Entry, 'id' | 'joinedAt' | 'state' | 'notified'>;

const DAY_MS = 86_400_000;
/** Lists and the index outlive any entry's range (at most WAITLIST_MAX_DAYS ahead). */
const LIST_TTL_MS = 400 * DAY_MS;

export const scopeKey = (s: Scope) => `${s.companyId}:${s.unitId}:${s.serviceTypeId}`;
const entryKey = (id: string) => `waitlist:entry:${id}`;
const listKey = (s: Scope) => `waitlist:scope:${scopeKey(s)}`;
const INDEX_KEY = 'waitlist:scopes';

/** An entry is kept until a day after the last day it watches. */
const entryTtl = (e: Pick<Entry, 'to'>) => Math.max(DAY_MS, Date.parse(`${e.to}T00:00:00Z`) + 2 * DAY_MS - Date.now());

export const isEntryId = (id: string) => /^[\w-]{32}$/.test(id);

export async function readEntry(id: string): Promise<Entry | undefined> {
  if (!isEntryId(id)) return undefined;
  const parsed = entrySchema.safeParse(await store().get(entryKey(id)));
  return parsed.success ? parsed.data : undefined;
}

/** Already on this scope's list with this contact: the same person joining twice is told so. */
export async function findByContact(scope: Scope, contact: string): Promise<Entry | undefined> {
  for (const entry of await entriesOf(scope)) if (entry.contact === contact && entry.state === 'waiting') return entry;
  return undefined;
}

/** Joins at the end of the line. */
export async function addEntry(fields: NewEntry, now = new Date()): Promise<Entry> {
  const entry: Entry = {
    ...fields,
    id: randomBytes(24).toString('base64url'),
    joinedAt: now.toISOString(),
    state: 'waiting',
  };
  await store().set(entryKey(entry.id), entry, entryTtl(entry));
  await updateShared<string[]>(store(), listKey(entry.scope), LIST_TTL_MS, (ids = []) => [...ids, entry.id]);
  await index(entry.scope);
  return entry;
}

async function index(scope: Scope) {
  const key = scopeKey(scope);
  await updateShared<string[]>(store(), INDEX_KEY, LIST_TTL_MS, (keys = []) =>
    keys.includes(key) ? keys : [...keys, key],
  );
}

/** Leaves the line (from the page or the notice's link): the entry and its contact are gone. */
export async function removeEntry(entry: Entry): Promise<void> {
  await store().delete(entryKey(entry.id));
  await updateShared<string[]>(store(), listKey(entry.scope), LIST_TTL_MS, (ids = []) => {
    const rest = ids.filter((id) => id !== entry.id);
    return rest.length ? rest : undefined;
  });
}

/** Marks an entry told, once: true only for the call that did. */
export async function markNotified(entry: Entry, date: string, at: Date): Promise<boolean> {
  const current = await store().get<Entry>(entryKey(entry.id));
  if (!current || current.state !== 'waiting') return false;
  const next: Entry = { ...current, state: 'notified', notified: { at: at.toISOString(), date } };
  return store().swap(entryKey(entry.id), current, next, entryTtl(next));
}

/** The scope's entries in join order; ids whose entries expired or left are dropped from the list. */
export async function entriesOf(scope: Scope): Promise<Entry[]> {
  const ids = (await store().get<string[]>(listKey(scope))) ?? [];
  const found = await Promise.all(ids.map(readEntry));
  const entries = found.filter((e): e is Entry => e !== undefined);
  if (entries.length < ids.length) {
    const live = new Set(entries.map((e) => e.id));
    await updateShared<string[]>(store(), listKey(scope), LIST_TTL_MS, (now = []) => {
      const rest = now.filter((id) => live.has(id) || !ids.includes(id));
      return rest.length ? rest : undefined;
    });
  }
  return entries;
}

/** How many are waiting ahead of this entry in its line. */
export async function placeInLine(entry: Entry): Promise<number> {
  const line = (await entriesOf(entry.scope)).filter((e) => e.state === 'waiting');
  return Math.max(
    0,
    line.findIndex((e) => e.id === entry.id),
  );
}

/** Every scope someone watches; one whose list is empty is dropped from the index. */
export async function watchedScopes(): Promise<Scope[]> {
  const keys = (await store().get<string[]>(INDEX_KEY)) ?? [];
  const scopes: Scope[] = [];
  const gone: string[] = [];
  for (const key of keys) {
    const [companyId, unitId, serviceTypeId] = key.split(':').map(Number);
    const scope = scopeSchema.safeParse({ companyId, unitId, serviceTypeId });
    if (scope.success && (await store().get<string[]>(listKey(scope.data)))?.length) scopes.push(scope.data);
    else gone.push(key);
  }
  if (gone.length) {
    await updateShared<string[]>(store(), INDEX_KEY, LIST_TTL_MS, (now = []) => {
      const rest = now.filter((k) => !gone.includes(k));
      return rest.length ? rest : undefined;
    });
    // Someone may have joined one of them meanwhile: theirs goes back in.
    for (const key of gone) {
      const [companyId, unitId, serviceTypeId] = key.split(':').map(Number);
      const scope = scopeSchema.safeParse({ companyId, unitId, serviceTypeId });
      if (scope.success && (await store().get<string[]>(listKey(scope.data)))?.length) await index(scope.data);
    }
  }
  return scopes;
}
