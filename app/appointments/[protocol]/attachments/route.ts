import { randomUUID } from 'node:crypto';
import { acceptsAttachments, attachFiles, boundedForm, maxUploadBytes } from '@/lib/appointments/attachments';
import { accessibleAppointment } from '@/lib/appointments/load';
import { STORE_UNAVAILABLE } from '@/lib/failure';
import { fromStore, store } from '@/lib/store';

const RESULT_TTL_MS = 10 * 60 * 1000;
/** Why a whole request was turned away, as the appointment page names it (`?upload=`). */
const TOO_LARGE = 'too-large';

/**
 * Files for an appointment, as a plain multipart form (no JavaScript: the answer is a redirect
 * back to the appointment page with the results) or one file per request from the browser's
 * uploader (JSON, so it can show progress per file).
 */
export async function POST(request: Request, context: RouteContext<'/appointments/[protocol]/attachments'>) {
  const { protocol } = await context.params;
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false;
  /** A request refused whole: its status for the uploader, a named reason for the plain form. */
  const refuse = (reason: string, status: number) =>
    wantsJson
      ? Response.json({ error: reason }, { status })
      : new Response(null, { status: 303, headers: { location: `/appointments/${protocol}?upload=${reason}` } });

  if (!sameOrigin(request)) return new Response('Forbidden', { status: 403 });
  // A body declared too large is refused before anything else is done or read.
  if (Number(request.headers.get('content-length') ?? 0) > maxUploadBytes()) return refuse(TOO_LARGE, 413);
  const found = await accessibleAppointment(protocol, wantsJson);
  if ('response' in found) return found.response;
  const { appointment } = found;
  if (!acceptsAttachments(appointment)) return respond({ error: 'closed' }, 409);

  const form = await boundedForm(request, maxUploadBytes());
  if (form === TOO_LARGE) return refuse(TOO_LARGE, 413);
  const files = (form?.getAll('files') ?? []).filter((f): f is File => f instanceof File && f.name !== '');
  if (files.length === 0) return respond({ error: 'none' }, 400);
  const attached = await fromStore(attachFiles(appointment, files));
  // Without the store the per-appointment total cannot be enforced: no file is taken now.
  if (!attached.ok) return refuse(STORE_UNAVAILABLE, 503);
  return respond(attached.value, 200);

  async function respond(body: object, status: number) {
    if (wantsJson) return Response.json(body, { status });
    const id = randomUUID();
    await store().set(`upload-result:${protocol}:${id}`, body, RESULT_TTL_MS);
    return new Response(null, { status: 303, headers: { location: `/appointments/${protocol}?upload=${id}` } });
  }
}

/** A browser's POST from another site is refused; so is an Origin header that is not a URL. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}
