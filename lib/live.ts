import 'server-only';
import { z } from 'zod';
import { isTatodeskError } from '@/lib/tatodesk';
import { toFailure } from '@/lib/upstream';

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
  const raw = Object.fromEntries([...url.searchParams.keys()].map((k) => [k, url.searchParams.getAll(k)]));
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.length > 1 ? v : v[0]])),
  );
  if (!parsed.success) return Response.json({ error: 'bad-request' }, { status: 400 });
  try {
    return Response.json(await read(parsed.data), {
      headers: { 'cache-control': `private, max-age=${maxAgeSeconds}` },
    });
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    const status = error.kind === 'not-found' ? 404 : error.kind === 'rejected' ? 400 : 503;
    const { kind, reference } = toFailure(error);
    return Response.json({ error: kind, reference }, { status });
  }
}

const id = z.coerce.number().int().positive();
export const unitScope = z.object({ unit: id, type: id });
export const dayScope = unitScope.extend({ date: z.iso.date() });
