import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { errorCodes } from '@/lib/tatodesk/contract/wire/common';
import { SimError } from './errors';

/** A file as a multipart upload carried it: what the media endpoint stores. */
export type UploadedFile = { bytes: Uint8Array; name: string; type: string };

/** One call the simulator answered, for tests to count (the log of a real account is its own). */
/** The unit and service type a call was about, where its body names them. */
export type Asked = { unitID?: number; attendanceTypeID?: number };
export type LogEntry = { at: string; endpoint: string; status: number; ms: number; requestId?: string } & Asked;

const MAX_JSON_BYTES = 1_000_000;
const MAX_FILE_BYTES = 16 * 1024 * 1024;

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function send(res: ServerResponse, status: number, body: unknown): number {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
  return status;
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BYTES) throw new SimError(413, errorCodes.invalidRequest, 'body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new SimError(400, errorCodes.invalidRequest, 'body is not JSON');
  }
}

export async function readMultipart(req: IncomingMessage): Promise<{ raw: unknown; file?: UploadedFile }> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_FILE_BYTES) {
    throw new SimError(413, errorCodes.invalidRequest, 'file too large');
  }
  const request = new Request('http://simulator/upload', {
    method: 'POST',
    headers: req.headers as Record<string, string>,
    body: Readable.toWeb(req) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const form = await request.formData().catch(() => {
    throw new SimError(400, errorCodes.invalidRequest, 'expected multipart/form-data with a file part');
  });
  const part = form.get('file');
  if (!(part instanceof File)) return { raw: {} };
  const bytes = new Uint8Array(await part.arrayBuffer());
  if (bytes.byteLength > MAX_FILE_BYTES) throw new SimError(413, errorCodes.invalidRequest, 'file too large');
  return {
    raw: { fileName: part.name, contentType: part.type || 'application/octet-stream', size: bytes.byteLength },
    file: { bytes, name: part.name, type: part.type || 'application/octet-stream' },
  };
}
