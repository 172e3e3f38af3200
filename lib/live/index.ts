import 'server-only';
import { z } from 'zod';
import { clientKey } from '@/lib/http/client-key';
import { requestsPerClient, take } from '@/lib/limits';
import { onBehalf } from '@/lib/staff/on-behalf';
import { isTatodeskError } from '@/lib/tatodesk';
import { failureResponse } from '@/lib/upstream';
import { catalogue } from '@/lib/upstream/catalogue';

/**
 * The browser's own refreshes (dates, times, a staff page's status, the day's list): GET
 * routes with validated parameters, a short private cache, and truthful status codes.
 */
export async function liveAnswer<T, P>(
  request: Request,
  schema: z.ZodType<P>,
  read: (params: P) => Promise<T>,
  maxAgeSeconds = 0,
  /** Whether what is asked about exists (e.g. in the catalogue); if not, 404 and nothing is asked upstream. */
  exists: (params: P) => Promise<boolean> = async () => true,
): Promise<Response> {
  const url = new URL(request.url);
  // A repeated key (the day view's statuses) is a list; any other, its value.
  const params = Object.fromEntries(
    [...new Set(url.searchParams.keys())].map((key) => {
      const all = url.searchParams.getAll(key);
      return [key, all.length > 1 ? all : all[0]];
    }),
  );
  const parsed = schema.safeParse(params);
  if (!parsed.success) return Response.json({ error: 'bad-request' }, { status: 400 });
  // Each answer costs calls on the organisation's key: a client polling in a loop is slowed down
  // (not staff booking for callers, one after another from the same desk).
  const allowed = (await onBehalf()) ? { ok: true as const } : await take(requestsPerClient(), await clientKey());
  if (!allowed.ok) {
    return Response.json(
      { error: 'too-many-requests' },
      { status: 429, headers: { 'retry-after': String(allowed.retryInSeconds) } },
    );
  }
  try {
    if (!(await exists(parsed.data))) return Response.json({ error: 'not-found' }, { status: 404 });
    return Response.json(await read(parsed.data), {
      headers: { 'cache-control': `private, max-age=${maxAgeSeconds}` },
    });
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    return failureResponse(error);
  }
}

const id = z.coerce.number().int().positive();
export const unitScope = z.object({ unit: id, serviceType: id, region: id });
export const dayScope = unitScope.extend({ date: z.iso.date() });

/**
 * A unit that offers the service type, as the organisation's catalogue (cached) says: availability
 * costs calls on the organisation's key, so nothing else is asked upstream.
 */
export async function offered({ unit, serviceType, region }: z.infer<typeof unitScope>): Promise<boolean> {
  return (await catalogue.units(serviceType, region)).some((u) => u.id === unit);
}
