'use client';

import { useEffect, useState } from 'react';
import { WORKER_SCOPE, WORKER_URL, type SaveMessage, type SaveOutcome } from '@/lib/offline/names';

/** The worker of the appointment pages, registered once (an existing registration is used as it is, offline too). */
async function registration(): Promise<ServiceWorkerRegistration> {
  return (
    (await navigator.serviceWorker.getRegistration(WORKER_SCOPE)) ??
    navigator.serviceWorker.register(WORKER_URL, { scope: WORKER_SCOPE })
  );
}

/** Its active worker: this page may be outside its scope (a lookup arrives by the client's router). */
function activeWorker(r: ServiceWorkerRegistration): Promise<ServiceWorker> {
  if (r.active) return Promise.resolve(r.active);
  const pending = r.installing ?? r.waiting;
  if (!pending) return Promise.reject(new Error('no worker'));
  return new Promise((resolve, reject) =>
    pending.addEventListener('statechange', () => {
      if (pending.state === 'activated') resolve(pending);
      if (pending.state === 'redundant') reject(new Error('worker gone'));
    }),
  );
}

/** Asks the worker to keep this appointment (and nothing this browser may no longer see). */
async function keepOffline(message: SaveMessage): Promise<SaveOutcome> {
  const worker = await activeWorker(await registration());
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => reject(new Error('no answer')), 30_000);
    channel.port1.onmessage = (event: MessageEvent<SaveOutcome>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

type Props = {
  protocol: string;
  /** The appointments this browser may see: any other kept copy is deleted. */
  keep: string[];
  /** "Saved on this phone as of …", said once the copy is kept. */
  saved: string;
  /** Said when there is no connection and this is the copy kept earlier. */
  offline: string;
};

/**
 * Keeps the citizen's appointment page and receipt readable with no signal (lib/offline/sw.ts), and
 * says so only once it is true: without JavaScript, or in a browser without service workers, nothing
 * is kept and nothing is said.
 */
export function SaveOffline({ protocol, keep, saved, offline }: Props) {
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const kept = keep.join(' ');
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let live = true;
    keepOffline({ type: 'save', protocol, keep: kept.split(' ') }).then(
      (result) => live && setOutcome(result),
      () => live && setOutcome('not-saved'),
    );
    return () => {
      live = false;
    };
  }, [protocol, kept]);
  const text = outcome === 'saved' ? saved : outcome === 'offline' ? offline : '';
  return (
    <p role="status" className={text ? 'mb-8 border-l-4 border-brand pl-4 print:hidden' : 'sr-only'}>
      {text}
    </p>
  );
}
