export type TatodeskErrorKind =
  | 'unavailable' // network failure, timeout, 5xx, 429: worth a retry later
  | 'rejected' // the upstream refused the request; `upstreamMessage` says why
  | 'unauthorized' // bad or missing API key
  | 'contract' // the response did not match the schema we assume
  | 'slot-unavailable' // the chosen time was taken meanwhile
  | 'not-found';

export class TatodeskError extends Error {
  override readonly name = 'TatodeskError';
  readonly kind: TatodeskErrorKind;
  readonly endpoint: string;
  readonly requestId: string;
  readonly status?: number;
  readonly upstreamCode?: string;
  readonly upstreamMessage?: string;

  constructor(
    kind: TatodeskErrorKind,
    details: {
      endpoint: string;
      requestId: string;
      status?: number;
      upstreamCode?: string;
      upstreamMessage?: string;
      cause?: unknown;
    },
  ) {
    const status = details.status ? ` (HTTP ${details.status})` : '';
    super(`Tatodesk ${details.endpoint}: ${kind}${status}`, { cause: details.cause });
    this.kind = kind;
    this.endpoint = details.endpoint;
    this.requestId = details.requestId;
    this.status = details.status;
    this.upstreamCode = details.upstreamCode;
    this.upstreamMessage = details.upstreamMessage;
  }

  /** Only failures that a later identical call could survive. */
  get retryable(): boolean {
    return this.kind === 'unavailable';
  }
}

export function isTatodeskError(error: unknown): error is TatodeskError {
  return error instanceof TatodeskError;
}

export function isTatodeskErrorOf(error: unknown, kind: TatodeskErrorKind): error is TatodeskError {
  return isTatodeskError(error) && error.kind === kind;
}
