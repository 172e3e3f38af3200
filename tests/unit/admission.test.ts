import { type ClientRequest, createServer, get, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { admitInTurn, awayFromTurn, passesStraight } from '@/lib/http/admission';
import { metrics } from '@/lib/ops/metrics';

const undo: (() => void)[] = [];
/** Until `check` holds, looked at every few milliseconds (what it waits for is the server's doing). */
async function until(check: () => Promise<boolean> | boolean) {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 5));
}
const waiting = async () => (await metrics().pagesWaiting.get()).values[0]?.value ?? 0;
const connections = (server: Server) =>
  new Promise<number>((resolve) => server.getConnections((_, count) => resolve(count)));
afterEach(() => {
  for (const restore of undo.splice(0)) restore();
});

/** A server that holds each request until the test answers it, noting the order they reach it. */
async function holdingServer(work: (path: string) => Promise<void> = async () => {}) {
  const reached: string[] = [];
  const held = new Map<string, ServerResponse>();
  let notify = () => {};
  const server = createServer((request, response) => {
    reached.push(request.url!);
    held.set(request.url!, response);
    notify();
    void work(request.url!).then(() => notify());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** Until `count` requests have reached the handler (a request waiting its turn has not). */
  const reachedCount = (count: number) =>
    new Promise<void>((resolve) => {
      notify = () => reached.length >= count && resolve();
      notify();
    });
  const answer = (path: string) => held.get(path)!.end(path);
  return { server, url, reached, reachedCount, answer };
}

describe('pages in turn', () => {
  it('renders at most so many at once, the others in the order they came, and skips a client gone meanwhile', async () => {
    undo.push(admitInTurn(2));
    const { server, url, reached, reachedCount, answer } = await holdingServer();
    try {
      const asked: Promise<unknown>[] = [];
      let gone: ClientRequest | undefined;
      for (const [n, path] of ['/a', '/b', '/c', '/d', '/e'].entries()) {
        if (path === '/d') {
          gone = get(`${url}${path}`, { agent: false });
          asked.push(new Promise((resolve) => gone!.on('error', () => resolve('gone'))));
        } else asked.push(fetch(`${url}${path}`).then((r) => r.text()));
        // Each has arrived (rendering or waiting) before the next is sent.
        await until(async () => reached.length + (await waiting()) === n + 1);
      }
      expect(reached).toEqual(['/a', '/b']);
      gone!.destroy(); // /d leaves while it waits
      await until(async () => (await connections(server)) === 4);
      answer('/b');
      await reachedCount(3);
      expect(reached).toEqual(['/a', '/b', '/c']);
      answer('/a');
      await reachedCount(4);
      expect(reached).toEqual(['/a', '/b', '/c', '/e']); // /d was never rendered
      answer('/c');
      answer('/e');
      expect(await Promise.all(asked)).toEqual(['/a', '/b', '/c', 'gone', '/e']);
    } finally {
      server.close();
    }
  });

  it('gives the turn up while a page waits for Tatodesk, and gives it back before pages not yet started', async () => {
    undo.push(admitInTurn(1));
    let upstreamAnswers = () => {};
    const upstream = new Promise<void>((resolve) => (upstreamAnswers = resolve));
    const { server, url, reached, reachedCount, answer } = await holdingServer(async (path) => {
      if (path === '/waits') {
        await awayFromTurn(upstream);
        reached.push('/waits again');
      }
    });
    try {
      const ask = (path: string) => fetch(`${url}${path}`).then((r) => r.text());
      const asked = [ask('/waits')];
      await reachedCount(1);
      asked.push(ask('/b'));
      await reachedCount(2); // /b went in while /waits waits for its answer
      expect(reached).toEqual(['/waits', '/b']);
      asked.push(ask('/c'));
      await until(async () => (await waiting()) === 1); // /c waits its turn
      upstreamAnswers();
      await until(async () => (await waiting()) === 2); // so does /waits, now
      answer('/b');
      await reachedCount(3); // the turn /b gave back went to /waits, not to /c
      expect(reached).toEqual(['/waits', '/b', '/waits again']);
      expect(await waiting()).toBe(1);
      answer('/waits');
      await reachedCount(4);
      expect(reached.at(-1)).toBe('/c');
      answer('/c');
      expect(await Promise.all(asked)).toEqual(['/waits', '/b', '/c']);
    } finally {
      server.close();
    }
  });

  it('lets through at once what must never wait: posts, Next’s files, health and metrics', async () => {
    undo.push(admitInTurn(1));
    const { server, url, reached, reachedCount, answer } = await holdingServer();
    try {
      const page = fetch(`${url}/book/category`).then((r) => r.text());
      await reachedCount(1);
      const others = ['/api/health', '/_next/static/chunks/x.js', '/metrics'].map((path) =>
        fetch(`${url}${path}`).then((r) => r.text()),
      );
      const posted = fetch(`${url}/appointments`, { method: 'POST', body: 'x' }).then((r) => r.text());
      await reachedCount(5);
      expect(reached.slice(1).sort()).toEqual([
        '/_next/static/chunks/x.js',
        '/api/health',
        '/appointments',
        '/metrics',
      ]);
      for (const path of reached) answer(path);
      await Promise.all([page, posted, ...others]);
    } finally {
      server.close();
    }
  });

  it('tells a page from what passes straight', () => {
    expect(passesStraight({ method: 'GET', url: '/book/time?date=2026-12-07' })).toBe(false);
    expect(passesStraight({ method: 'HEAD', url: '/' })).toBe(false);
    expect(passesStraight({ method: 'GET', url: '/api/ready' })).toBe(true);
    expect(passesStraight({ method: 'GET', url: '/api/readiness' })).toBe(false);
    expect(passesStraight({ method: 'POST', url: '/book/details' })).toBe(true);
  });
});
