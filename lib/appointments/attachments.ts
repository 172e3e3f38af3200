import 'server-only';
import { fileTypeFromBuffer } from 'file-type';
import { env } from '@/lib/env';
import { log } from '@/lib/ops/log';
import { store } from '@/lib/store';
import { addAttachments, isTatodeskError, uploadMedia, type Appointment } from '@/lib/tatodesk';

export type FileOutcome = { name: string; status: 'accepted' | 'type' | 'size' | 'total' | 'empty' | 'failed' };
/** What became of each file, and the names of every document the appointment now holds. */
export type AttachOutcome = { results: FileOutcome[]; attachments: string[] };

const mimeOf: Record<string, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
};
const CLOSED = new Set(['finished', 'cancelled', 'no-show']);
const USAGE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** The file input's `accept`, from ATTACHMENT_TYPES: extensions and media types. */
export const acceptAttribute = (types: string[]) =>
  types
    .flatMap((t) => (t === 'jpeg' ? ['.jpg', '.jpeg'] : [`.${t}`]))
    .concat(types.map((t) => mimeOf[t]!))
    .join(',');

export const acceptsAttachments = (a: Appointment) => !CLOSED.has(a.status);

/**
 * A name safe to show and to store: no path, no control or formatting characters (a right-to-left
 * override would show "fatura\u202Efdp.exe" as "faturaexe.pdf"), not too long.
 */
export const safeName = (name: string) =>
  (name.split(/[\\/]/).pop() ?? 'file').replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '_').slice(-100) || 'file';

/**
 * Checks each file by its own bytes (never its name), against the accepted types and the size
 * limits, puts the accepted ones on Tatodesk's side and attaches them to the appointment. Every
 * refused file gets its own reason; the accepted ones go on.
 */
export async function attachFiles(appointment: Appointment, files: File[]): Promise<AttachOutcome> {
  const { types, maxFileBytes, maxTotalBytes } = env().attachments;
  const usageKey = `attachment-bytes:${appointment.protocol}`;
  // Bytes are reserved before a file goes up, in one step shared by every request and instance,
  // so that parallel uploads can never pass the total; a file that does not go up gives them back.
  const reserve = (bytes: number) => store().increment(usageKey, bytes, USAGE_TTL_MS);
  const outcomes: FileOutcome[] = [];
  const uploaded: { name: string; url: string; size: number }[] = [];

  for (const file of files) {
    const name = safeName(file.name);
    if (file.size === 0) {
      outcomes.push({ name, status: 'empty' });
      continue;
    }
    if (file.size > maxFileBytes) {
      outcomes.push({ name, status: 'size' });
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const detected = await fileTypeFromBuffer(bytes);
    const accepted = types.map((t) => mimeOf[t]).includes(detected?.mime ?? '');
    if (!detected || !accepted) {
      outcomes.push({ name, status: 'type' });
      continue;
    }
    if ((await reserve(file.size)) > maxTotalBytes) {
      await reserve(-file.size);
      outcomes.push({ name, status: 'total' });
      continue;
    }
    try {
      const { url } = await onceMoreIfTurnedAway(() => uploadMedia(new Blob([bytes], { type: detected.mime }), name));
      uploaded.push({ name, url, size: file.size });
      outcomes.push({ name, status: 'accepted' });
    } catch (error) {
      if (!isTatodeskError(error)) throw error;
      await reserve(-file.size);
      outcomes.push({ name, status: 'failed' });
    }
  }

  let held = appointment.attachments;
  if (uploaded.length > 0) {
    try {
      held = await onceMoreIfTurnedAway(() =>
        addAttachments(
          appointment.protocol,
          uploaded.map(({ name, url }) => ({ name, url })),
        ),
      );
    } catch (error) {
      if (!isTatodeskError(error)) throw error;
      log.warn(
        { protocol: appointment.protocol, requestId: error.requestId, kind: error.kind },
        'attaching files failed',
      );
      for (const outcome of outcomes) if (outcome.status === 'accepted') outcome.status = 'failed';
      await reserve(-uploaded.reduce((sum, file) => sum + file.size, 0));
    }
  }
  return { results: outcomes, attachments: held.map((file) => file.name) };
}

const RETRY_AFTER_MS = 300;

/**
 * A call that stores something is never retried blindly (it could store twice), except once when
 * the upstream turned it away before doing anything (a 503 or a 429): a passing hiccup does not
 * fail the citizen's file.
 */
async function onceMoreIfTurnedAway<T>(store: () => Promise<T>): Promise<T> {
  try {
    return await store();
  } catch (error) {
    if (!isTatodeskError(error) || !error.turnedAway) throw error;
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    return store();
  }
}

/**
 * The most one upload request may carry: every file an appointment may still hold, plus the
 * form's own parts. A larger body is refused before it is read.
 */
export const maxUploadBytes = () => env().attachments.maxTotalBytes + 64 * 1024;

/**
 * The request's body, cut off at `max` bytes however it is sent (declared or streamed): what is
 * over is never buffered. Undefined when it was too large.
 */
export async function boundedForm(request: Request, max: number): Promise<FormData | undefined | 'too-large'> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > max) return 'too-large';
  if (!request.body) return undefined;
  let seen = 0;
  let tooLarge = false;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > max) {
          tooLarge = true;
          controller.error(new Error('body too large'));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  const bounded = new Request(request.url, {
    method: 'POST',
    headers: request.headers,
    body: counted,
    duplex: 'half',
  } as RequestInit);
  const form = await bounded.formData().catch(() => undefined);
  return tooLarge ? 'too-large' : form;
}
