import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Server } from 'node:http';
import PQueue from 'p-queue';
import { metrics } from '@/lib/ops/metrics';

/**
 * Pages in turn. An instance works on at most `concurrent` page requests at once
 * (PAGE_CONCURRENCY); the rest wait in the order they came (p-queue) and go in as others are
 * answered. Without it, a burst of citizens was started all at once and served unfairly: under
 * 300 clients on the date and time pages (`wrk`, 20 s) the median was 2.1 s but one in a hundred
 * waited over 15 s, up to 20 s; in turns of 16, the median was 2.7 to 3.2 s and one in a hundred
 * over 3.6 to 5.4 s, for as many views a second (docs/configuration.md, PAGE_CONCURRENCY).
 *
 * A turn is for working, not for waiting on Tatodesk: a page that waits for an upstream answer
 * (awayFromTurn) gives its turn up meanwhile and takes the next one free when the answer comes,
 * before any page that has not started. So a slow or stalled Tatodesk holds no turn, and the
 * pages that need nothing from it go on.
 *
 * A request whose client has gone while it waited is dropped, not rendered. What needs no turn
 * goes straight through (passesStraight).
 */
export function admitInTurn(concurrent: number): () => void {
  const queue = new PQueue({ concurrency: concurrent });
  const { pagesRendering, pagesWaiting } = metrics();
  const count = () => {
    pagesWaiting.set(queue.size);
    pagesRendering.set(queue.pending);
  };
  queue.on('add', count);
  queue.on('active', count);
  queue.on('next', count);
  /** A turn: resolves with what gives it back once it is this request's. */
  const take = (priority: number) =>
    new Promise<() => void>((admitted) => {
      void queue.add(() => new Promise<void>((release) => admitted(release)), { priority });
    });

  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    const forward = () => emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    if (event !== 'request' || EXEMPT in this || passesStraight(args[0] as IncomingMessage)) return forward();
    const response = args[1] as ServerResponse;
    void take(NEW).then((release) => {
      if (response.destroyed || response.writableEnded || response.socket?.destroyed !== false) return release();
      const turn = new Turn(release, () => take(RETURNING));
      // Its turn ends when its answer is sent, or its client has gone, whichever comes first.
      response.once('finish', () => turn.end());
      response.once('close', () => turn.end());
      try {
        turns.run(turn, forward);
      } catch (error) {
        turn.end();
        response.destroy(error as Error);
      }
    });
    return true;
  } as typeof emit;
  // Undone by the tests, which run in a process that goes on.
  return () => {
    Server.prototype.emit = emit;
    queue.clear();
  };
}

/** A page coming back from Tatodesk goes before a page that has not started. */
const NEW = 0;
const RETURNING = 1;

class Turn {
  private ended = false;
  constructor(
    private release: (() => void) | undefined,
    private readonly take: () => Promise<() => void>,
  ) {}
  /** Gives the turn up; whether it held one (a request waiting on two answers at once gives it up once). */
  away(): boolean {
    const held = this.release !== undefined;
    this.release?.();
    this.release = undefined;
    return held;
  }
  async back() {
    if (this.ended || this.release) return;
    const release = await this.take();
    if (this.ended) release();
    else this.release = release;
  }
  end() {
    this.ended = true;
    this.away();
  }
}

const turns = new AsyncLocalStorage<Turn>();

/**
 * Waits for `work` (an upstream answer) without holding the request's turn: given up meanwhile,
 * taken again after, ahead of the pages that have not started. Outside a page's turn (a job, an
 * action, a turn given up already), it just waits.
 */
export async function awayFromTurn<T>(work: Promise<T>): Promise<T> {
  const turn = turns.getStore();
  if (!turn?.away()) return work;
  try {
    return await work;
  } finally {
    await turn.back();
  }
}

/** Marks a server of this process that is not the app's (the embedded simulator's): its requests never wait. */
const EXEMPT = Symbol.for('booking.admission.exempt');

const straight =
  /^\/(_next\/static\/|api\/(health|ready)(\?|$)|metrics(\?|$)|favicon\.ico|icon|apple-touch-icon|manifest\.webmanifest|serwist\/)/;

/**
 * What is served without waiting its turn: anything but a page asked for (a GET or HEAD), and
 * Next's files, the icons and manifest, health and metrics. A POST (an action, an upload) waits
 * on its body as it comes, at the client's pace: a turn held meanwhile would let a few slow
 * senders stop every page. Actions have their own limits.
 */
export const passesStraight = ({ method, url }: Pick<IncomingMessage, 'method' | 'url'>) =>
  (method !== 'GET' && method !== 'HEAD') || straight.test(url ?? '/');
