import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { log } from '@/lib/ops/log';
import { metrics } from '@/lib/ops/metrics';
import { noteUpstreamDate } from './clock';
import { endpoint, type EndpointName, type RequestOf, type ResponseOf } from './contract/endpoints';
import { errorCodes, tatodeskErrorBody } from './contract/wire/common';
import { isTatodeskError, TatodeskError } from './errors';

export type ClientConfig = {
  baseUrl: string;
  apiKey: string;
  /** Budget for the whole call, retries included: a caller never waits longer than this. */
  timeoutMs: number;
  /** Extra attempts for safe reads; creates and sends are never retried. */
  retries: number;
  /** When the request this call serves must be answered by (epoch ms): no call outlives it. */
  requestDeadline?: () => number | Promise<number>;
};

export type CallOptions = { file?: Blob };

/** Less time than this left in the request: the call is not made at all (it could not be answered). */
const MIN_CALL_MS = 50;
const BACKOFF_BASE_MS = 150;
const BACKOFF_CAP_MS = 2000;

export type TatodeskClient = <N extends EndpointName>(
  name: N,
  body: RequestOf<N>,
  options?: CallOptions,
) => Promise<ResponseOf<N>>;

export function createClient(config: ClientConfig): TatodeskClient {
  return async function call(name, body, options) {
    const ep = endpoint(name);
    const requestId = randomUUID();
    const request = ep.request.safeParse(body);
    if (!request.success) {
      throw new TatodeskError('rejected', {
        endpoint: name,
        requestId,
        upstreamMessage: z.prettifyError(request.error),
      });
    }
    const deadline = Math.min(Date.now() + config.timeoutMs, (await config.requestDeadline?.()) ?? Infinity);
    if (deadline - Date.now() < MIN_CALL_MS) {
      log.warn({ endpoint: name, requestId }, 'tatodesk call not made: the request is out of time');
      throw new TatodeskError('unavailable', { endpoint: name, requestId, notSent: true });
    }
    const attempts = ep.safe ? config.retries + 1 : 1;

    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      try {
        const payload = await send(config, ep.path, request.data, options?.file, requestId, deadline);
        const parsed = parseResponse(ep.response, payload, name, requestId);
        observe(name, 'ok', started);
        log.debug({ endpoint: name, requestId, attempt, ms: Date.now() - started }, 'tatodesk call');
        return parsed as ResponseOf<typeof name>;
      } catch (cause) {
        const error = toTatodeskError(cause, name, requestId);
        observe(name, error.kind, started);
        const delay = backoff(attempt);
        const canRetry = error.retryable && attempt < attempts && Date.now() + delay < deadline;
        log.warn(
          {
            endpoint: name,
            requestId,
            attempt,
            kind: error.kind,
            status: error.status,
            ms: Date.now() - started,
            retry: canRetry,
          },
          'tatodesk call failed',
        );
        if (!canRetry) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}

/** One attempt, for the operators' metrics: its endpoint, its outcome (ok or the error kind), its time. */
function observe(endpoint: string, outcome: string, started: number) {
  const m = metrics();
  m.upstreamCalls.inc({ endpoint, outcome });
  m.upstreamSeconds.observe({ endpoint }, (Date.now() - started) / 1000);
}

type Sent = { status: number; json: unknown };

async function send(
  config: ClientConfig,
  path: string,
  body: unknown,
  file: Blob | undefined,
  requestId: string,
  deadline: number,
): Promise<Sent> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'api-key': config.apiKey,
    'x-request-id': requestId,
  };
  let payload: BodyInit;
  if (file) {
    const form = new FormData();
    form.set('file', file, (body as { fileName: string }).fileName);
    payload = form;
  } else {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(new URL(path, config.baseUrl), {
    method: 'POST',
    headers,
    body: payload,
    signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
    cache: 'no-store',
  });
  noteUpstreamDate(response.headers.get('date'));
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = Symbol.for('unparseable');
  }
  if (!response.ok) throw new HttpFailure(response.status, json);
  return { status: response.status, json };
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

function parseResponse(schema: z.ZodType, payload: Sent, name: string, requestId: string): unknown {
  const parsed = schema.safeParse(payload.json);
  if (parsed.success) return parsed.data;
  log.error(
    {
      endpoint: name,
      requestId,
      issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
    },
    'tatodesk response broke the contract',
  );
  throw new TatodeskError('contract', { endpoint: name, requestId, status: payload.status });
}

function toTatodeskError(cause: unknown, name: string, requestId: string): TatodeskError {
  if (isTatodeskError(cause)) return cause;
  const base = { endpoint: name, requestId, cause };
  if (!(cause instanceof HttpFailure)) {
    // fetch rejects with TypeError on network failure and TimeoutError/AbortError on the signal.
    return new TatodeskError('unavailable', base);
  }
  const { status } = cause;
  const body = tatodeskErrorBody.safeParse(cause.body);
  const upstream = body.success ? { upstreamCode: body.data.error.code, upstreamMessage: body.data.error.message } : {};
  const details = { ...base, status, ...upstream };
  if (status === 401 || status === 403) return new TatodeskError('unauthorized', details);
  if (status === 404) return new TatodeskError('not-found', details);
  if (status === 409 && upstream.upstreamCode === errorCodes.slotUnavailable) {
    return new TatodeskError('slot-unavailable', details);
  }
  if (status === 429 || status >= 500) return new TatodeskError('unavailable', details);
  return new TatodeskError('rejected', details);
}

/** Exponential backoff with full jitter, so that many instances do not retry in step. */
function backoff(attempt: number): number {
  return Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
}
