import { z } from 'zod';
import { env } from '@/lib/env';
import { log } from '@/lib/ops/log';
import { PROTOCOL_PATTERN } from '@/lib/protocol';
import { currentStaff } from '@/lib/staff/session';
import { getAppointment, isTatodeskError } from '@/lib/tatodesk';
import { failureResponse } from '@/lib/upstream';

const params = z.object({
  protocol: z.string().regex(PROTOCOL_PATTERN),
  index: z.coerce.number().int().min(0).max(999),
});
const DOWNLOAD_TIMEOUT_MS = 30_000;

/**
 * One of an appointment's documents, for signed-in staff: fetched here from where Tatodesk keeps
 * it and passed through, so that no upstream address ever reaches a browser.
 */
export async function GET(
  _request: Request,
  context: RouteContext<'/staff/appointments/[protocol]/documents/[index]'>,
) {
  if (!(await currentStaff())) return new Response('Sign in first', { status: 401 });
  const parsed = params.safeParse(await context.params);
  if (!parsed.success) return new Response('Not found', { status: 404 });
  const { protocol, index } = parsed.data;
  let source: { name: string; url: string } | undefined;
  try {
    source = (await getAppointment(protocol)).attachments[index];
  } catch (error) {
    if (!isTatodeskError(error)) throw error;
    return failureResponse(error);
  }
  if (!source || !fromUpstream(source.url)) return new Response('Not found', { status: 404 });
  const upstream = await fetch(source.url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) }).catch(
    (error: unknown) => {
      log.warn({ protocol, index, err: error instanceof Error ? error.name : 'unknown' }, 'document download failed');
      return undefined;
    },
  );
  if (!upstream?.ok || !upstream.body) return new Response('The document could not be fetched', { status: 502 });
  return new Response(upstream.body, {
    headers: {
      'content-type': upstream.headers.get('content-type')?.split(';')[0] ?? 'application/octet-stream',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(source.name)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** Only documents on the upstream's own HTTPS (or its own address): never a URL that points anywhere else. */
function fromUpstream(address: string): boolean {
  try {
    const url = new URL(address);
    return url.origin === new URL(env().tatodesk.baseUrl).origin || url.protocol === 'https:';
  } catch {
    return false;
  }
}
