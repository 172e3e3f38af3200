/**
 * What the page and the service worker agree on: where the worker lives, the pages it may keep, and
 * the caches it keeps them in. Browser code only (the worker and a client component read it).
 */

/** The worker's script, served by app/serwist/[path] (built from lib/offline/sw.ts). */
export const WORKER_URL = '/serwist/sw.js';
/** It controls the appointment pages only: never a booking page, the lookup or the staff area. */
export const WORKER_SCOPE = '/appointments/';

/** A citizen's own appointment pages as seen, one entry per protocol, with their receipts. */
export const PAGES_CACHE = 'appointments-saved-v1';
/** The scripts and styles those pages load, so that a saved page looks the same offline. */
export const ASSETS_CACHE = 'appointments-assets-v1';
export const CACHES = [PAGES_CACHE, ASSETS_CACHE] as const;

/** The attribute the server puts on an appointment page that may be kept (its value: the protocol). */
export const SAVE_MARK = 'data-offline-save';

const PAGE = /^\/appointments\/(\d{6,30})$/;
const RECEIPT = /^\/appointments\/(\d{6,30})\/receipt$/;

/** The appointment page's protocol, for its path; undefined for any other path. */
export const pageProtocol = (pathname: string) => PAGE.exec(pathname)?.[1];
/** The receipt's protocol, for its path; undefined for any other path. */
export const receiptProtocol = (pathname: string) => RECEIPT.exec(pathname)?.[1];
export const pagePath = (protocol: string) => `/appointments/${protocol}`;
export const receiptPath = (protocol: string) => `/appointments/${protocol}/receipt`;

/** The page asks the worker to keep this appointment, and to forget every one not in `keep`. */
export type SaveMessage = { type: 'save'; protocol: string; keep: string[] };
/**
 * What became of it: `saved`, a fresh copy is kept; `offline`, no network, but a copy kept earlier
 * is there; `not-saved`, nothing is kept (the page was not the appointment, or storage refused).
 */
export type SaveOutcome = 'saved' | 'offline' | 'not-saved';

const PROTOCOL = /^\d{6,30}$/;
/** The worker trusts no message: anything not shaped as a save is ignored. */
export function asSaveMessage(data: unknown): SaveMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, protocol, keep } = data as Record<string, unknown>;
  if (type !== 'save' || typeof protocol !== 'string' || !PROTOCOL.test(protocol)) return undefined;
  if (!Array.isArray(keep) || keep.length > 20) return undefined;
  const kept = keep.filter((p): p is string => typeof p === 'string' && PROTOCOL.test(p));
  return { type, protocol, keep: kept.includes(protocol) ? kept : [protocol, ...kept] };
}
