/// <reference lib="webworker" />
/**
 * The service worker (Serwist, bundled by app/serwist/[path]): a citizen's own appointment page and
 * receipt stay readable with no signal once seen. It controls /appointments/… only, and keeps
 * nothing that could mislead when stale: no booking page, no free day or hour, no lookup. What it
 * keeps is forgotten when the server no longer lets this browser see it (a new lookup, "leave").
 */
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, type SerwistPlugin } from 'serwist';
import { assetsOf, keepable, keyOf } from './keep';
import {
  ASSETS_CACHE,
  asSaveMessage,
  PAGES_CACHE,
  pagePath,
  pageProtocol,
  receiptPath,
  receiptProtocol,
  type SaveMessage,
  type SaveOutcome,
} from './names';

declare const self: ServiceWorkerGlobalScope;

/** A page kept this recently is not fetched again to be saved (it was kept as it loaded). */
const PAGE_FRESH_MS = 30_000;
/** The receipt is fetched again when the kept one is older than this. */
const RECEIPT_FRESH_MS = 10 * 60_000;
/** On a network this slow, the kept copy is shown rather than a blank wait. */
const NETWORK_TIMEOUT_SECONDS = 20;

const onlyTheAppointment: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => keyOf(request.url),
  cacheWillUpdate: async ({ request, response }) => ((await keepable(request.url, response)) ? response : null),
};

/**
 * The pages just answered with the kept copy (no network): the page asks, once it runs, and then
 * says "no connection, this is how it was" rather than "saved".
 */
const answeredWithCopy = new Set<string>();
const remembersCopies: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ event, cachedResponse }) => {
    if (cachedResponse && event instanceof FetchEvent && event.resultingClientId) {
      answeredWithCopy.add(event.resultingClientId);
    }
    return cachedResponse;
  },
};

const saved = new NetworkFirst({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [onlyTheAppointment, remembersCopies],
  matchOptions: { ignoreVary: true },
});

const assets = new CacheFirst({
  cacheName: ASSETS_CACHE,
  plugins: [new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 90 * 24 * 60 * 60 })],
});

const serwist = new Serwist({
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === 'navigate' && pageProtocol(url.pathname) !== undefined,
      handler: saved,
    },
    { matcher: ({ url, sameOrigin }) => sameOrigin && receiptProtocol(url.pathname) !== undefined, handler: saved },
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'), handler: assets },
  ],
});
serwist.addEventListeners();

const ageOf = (response: Response) => Date.now() - (Date.parse(response.headers.get('date') ?? '') || 0);

/** Every kept page and receipt whose protocol this browser may no longer see is deleted. */
async function forgetAllBut(keep: readonly string[]) {
  const pages = await caches.open(PAGES_CACHE);
  for (const request of await pages.keys()) {
    const { pathname } = new URL(request.url);
    const protocol = pageProtocol(pathname) ?? receiptProtocol(pathname);
    if (!protocol || !keep.includes(protocol)) await pages.delete(request);
  }
}

async function fetchAndKeep(pages: Cache, url: string): Promise<Response | undefined> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!(await keepable(url, response))) return undefined;
  await pages.put(url, response.clone());
  return response;
}

/**
 * Keeps the appointment the page shows (fetched again unless it was kept as it loaded: after a
 * lookup the page arrives by the client's router, not as a document), its assets and its receipt.
 */
async function save({ protocol, keep }: SaveMessage, event: ExtendableMessageEvent): Promise<SaveOutcome> {
  await forgetAllBut(keep);
  const client = event.source instanceof Client ? event.source.id : undefined;
  if (client && answeredWithCopy.delete(client)) return 'offline';
  const pages = await caches.open(PAGES_CACHE);
  const url = new URL(pagePath(protocol), self.location.origin).href;
  let page = await pages.match(url);
  if (!page || ageOf(page) > PAGE_FRESH_MS) {
    try {
      page = await fetchAndKeep(pages, url);
    } catch {
      return page ? 'offline' : 'not-saved';
    }
    if (!page) return 'not-saved';
  }
  const html = await page.clone().text();
  await Promise.allSettled(assetsOf(html).map((asset) => assets.handle({ event, request: new Request(asset) })));
  const receipt = new URL(receiptPath(protocol), self.location.origin).href;
  const kept = await pages.match(receipt);
  if (!kept || ageOf(kept) > RECEIPT_FRESH_MS) await fetchAndKeep(pages, receipt).catch(() => undefined);
  return 'saved';
}

self.addEventListener('message', (event) => {
  const message = asSaveMessage(event.data);
  const [port] = event.ports;
  if (!message || !port) return;
  event.waitUntil(
    save(message, event)
      .catch((): SaveOutcome => 'not-saved')
      .then((outcome) => port.postMessage(outcome)),
  );
});
