import { randomUUID } from 'node:crypto';
import { acceptsAttachments, attachFiles } from '@/lib/appointments/attachments';
import { accessibleAppointment } from '@/lib/appointments/load';
import { STORE_UNAVAILABLE } from '@/lib/failure';
import { fromStore, store } from '@/lib/store';

const RESULT_TTL_MS = 10 * 60 * 1000;

/**
 * Files for an appointment, as a plain multipart form (no JavaScript: the answer is a redirect
 * back to the appointment page with the results) or one file per request from the browser's
 * uploader (JSON, so it can show progress per file).
 */
export async function POST(request: Request, context: RouteContext<'/appointments/[protocol]/attachments'>) {
  const { protocol } = await context.params;
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false;
  const origin = request.headers.get('origin');
  if (origin && new URL(origin).host !== request.headers.get('host')) return new Response('Forbidden', { status: 403 });
  const found = await accessibleAppointment(protocol, wantsJson);
  if ('response' in found) return found.response;
  const { appointment } = found;
  if (!acceptsAttachments(appointment)) return respond({ error: 'closed' }, 409);

  const form = await request.formData().catch(() => undefined);
  const files = (form?.getAll('files') ?? []).filter((f): f is File => f instanceof File && f.name !== '');
  if (files.length === 0) return respond({ error: 'none' }, 400);
  const attached = await fromStore(attachFiles(appointment, files));
  if (!attached.ok) {
    // Without the store the per-appointment total cannot be enforced: no file is taken now.
    if (wantsJson) return Response.json({ error: STORE_UNAVAILABLE }, { status: 503 });
    return new Response(null, {
      status: 303,
      headers: { location: `/appointments/${protocol}?upload=${STORE_UNAVAILABLE}` },
    });
  }
  return respond(attached.value, 200);

  async function respond(body: object, status: number) {
    if (wantsJson) return Response.json(body, { status });
    const id = randomUUID();
    await store().set(`upload-result:${id}`, body, RESULT_TTL_MS);
    return new Response(null, { status: 303, headers: { location: `/appointments/${protocol}?upload=${id}` } });
  }
}
