export type TatodeskErrorKind =
  | 'unavailable' // network failure, timeout, 5xx, 429: worth a retry later
  | 'rejected' // the upstream refused the request; `upstreamMessage` says why
  | 'unauthorized' // bad or missing API key
  | 'contract' // the response did not match the schema we assume
  | 'slot-unavailable' // the chosen time was taken meanwhile
  | 'not-found';

/**
 * The mark every TatodeskError carries: the bundler may load this module more than once (a route
 * handler's layer and a page's), and `instanceof` against another copy's class then fails (as it
 * did for the store's error, lib/store/types.ts). A registered symbol is one across copies.
 */
const MARK = Symbol.for('booking.tatodesk-error');

export class TatodeskError extends Error {
  readonly [MARK] = true;
  override readonly name = 'TatodeskError';
  readonly kind: TatodeskErrorKind;
  readonly endpoint: string;
  readonly requestId: string;
  readonly status?: number;
  readonly upstreamCode?: string;
  readonly upstreamMessage?: string;
  /** The call never left (the request was out of time): the upstream cannot have done anything. */
  readonly notSent: boolean;

  constructor(
    kind: TatodeskErrorKind,
    details: {
      endpoint: string;
      requestId: string;
      status?: number;
      upstreamCode?: string;
      upstreamMessage?: string;
      notSent?: boolean;
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
    this.notSent = details.notSent ?? false;
  }

  /** Only failures that a later identical call could survive. */
  get retryable(): boolean {
    return this.kind === 'unavailable';
  }

  /** The call ran out of time waiting for the answer (as opposed to a refused or broken one). */
  get timedOut(): boolean {
    const cause = this.cause as { name?: string } | undefined;
    return this.kind === 'unavailable' && (cause?.name === 'TimeoutError' || cause?.name === 'AbortError');
  }

  /**
   * The upstream turned the call away before doing it: too many calls (429), or not able to take
   * calls at all just now (503). A call that changes something may be made once more after this.
   */
  get turnedAway(): boolean {
    return this.status === 429 || this.status === 503;
  }

  /**
   * Whether the answer proves the upstream did nothing: it refused the call (a 4xx, a refused
   * key, a slot taken, a limit) or the call never left. A timeout, a dropped connection, any 5xx
   * (a 503 from a proxy in front of a busy upstream included) or a 200 we cannot read may come
   * after the work was done: for a create, the outcome is unknown.
   */
  get provesNothingDone(): boolean {
    if (this.kind === 'unavailable') return this.notSent || this.status === 429;
    if (this.kind === 'contract') return false;
    return true;
  }
}

export function isTatodeskError(error: unknown): error is TatodeskError {
  return typeof error === 'object' && error !== null && (error as { [MARK]?: unknown })[MARK] === true;
}

export function isTatodeskErrorOf(error: unknown, kind: TatodeskErrorKind): error is TatodeskError {
  return isTatodeskError(error) && error.kind === kind;
}
