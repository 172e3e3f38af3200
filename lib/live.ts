import 'server-only';
import { z } from 'zod';
import { clientKey } from '@/lib/client-key';
import { requestsPerClient, take } from '@/lib/limits';
import { isTatodeskError } from '@/lib/tatodesk';
import { failureResponse } from '@/lib/upstream';

/**
 * The browser's own refreshes (dates, times, a staff page's status, the day's list): GET
 * routes with validated parameters, a short private cache, and truthful status codes.
 */
export async function liveAnswer<T, P>(
  request: Request,
  schema: z.ZodType<P>,
  read: (params: P) => Promise<T>,
  maxAgeSeconds = 0,
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
  // Each answer costs calls on the organisation's key: a client polling in a loop is slowed down.
  const allowed = await take(requestsPerClient(), await clientKey());
  if (!allowed.ok) {
    return Response.json(
      { error: 'too-many-requests' },
      { status: 429, headers: { 'retry-after': String(allowed.retryInSeconds) } },
    );
  }
  try {
    return Response.json(await read(parsed.data), {
      headers: { 'cache-control': `private, max-age=${maxAgeSeconds}` },
    });
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    return failureResponse(error);
  }
}

const id = z.coerce.number().int().positive();
export const unitScope = z.object({ unit: id, serviceType: id });
export const dayScope = unitScope.extend({ date: z.iso.date() });
