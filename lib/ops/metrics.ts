import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * What the operators' Prometheus scrapes from each instance at `/metrics` (lib/metrics-route.ts):
 * upstream calls by endpoint and outcome with their latency, bookings by outcome, requests
 * limited, the caches' hits and misses, the shared store's reconnections and unavailable answers
 * (what to watch across a Redis failover), notifications by channel and outcome, the receipt
 * documents uploaded for them, and the
 * process's own figures. One registry per process, made once (the bundler may load this module twice).
 * No label carries a person's data: endpoints, outcomes, channels and cache names only.
 */
function build() {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'booking' });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    upstreamCalls: new Counter({
      name: 'tatodesk_calls_total',
      help: 'Calls to Tatodesk by endpoint and outcome (ok, or the error kind), each attempt counted',
      labelNames: ['endpoint', 'outcome'] as const,
      registers: [registry],
    }),
    upstreamSeconds: new Histogram({
      name: 'tatodesk_call_duration_seconds',
      help: 'Time of one attempt of a Tatodesk call, by endpoint',
      labelNames: ['endpoint'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8],
      registers: [registry],
    }),
    bookings: new Counter({
      name: 'booking_creates_total',
      help: 'Confirmed bookings by outcome: booked, slot_taken, unknown (answer lost, being reconciled), failed',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    limited: new Counter({
      name: 'booking_limited_total',
      help: 'Requests refused by a limit, by what was limited (lookup, sign_in, create)',
      labelNames: ['what'] as const,
      registers: [registry],
    }),
    cacheReads: new Counter({
      name: 'booking_cache_reads_total',
      help: 'Reads of the shared caches by cache (catalogue, availability) and result (hit, miss)',
      labelNames: ['cache', 'result'] as const,
      registers: [registry],
    }),
    storeEvents: new Counter({
      name: 'store_connection_events_total',
      help: "The shared store's connection: lost (went away), reconnecting (each attempt), back (ready again)",
      labelNames: ['event'] as const,
      registers: [registry],
    }),
    storeUnavailable: new Counter({
      name: 'store_unavailable_total',
      help: 'Store operations answered as unavailable (each one a calm page, a cache read through, or a limit in memory)',
      registers: [registry],
    }),
    notifications: new Counter({
      name: 'booking_notifications_total',
      help: 'Notifications by channel and outcome (sent, failed, refused)',
      labelNames: ['channel', 'outcome'] as const,
      registers: [registry],
    }),
    receiptDocuments: new Counter({
      name: 'booking_receipt_documents_total',
      help: 'Receipt documents for the confirmation (PDF and .ics) by outcome: uploaded, failed (the message went without them), waited (another upload did not finish in time), refused (the message would not take them: sent without them)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    journey: new Counter({
      name: 'booking_journey_events_total',
      help: "The booking journey's steps, as sent to Pulse: answered (by step), details refused (by field), time taken meanwhile, the confirm's outcome, lookups (by outcome)",
      labelNames: ['event', 'detail'] as const,
      registers: [registry],
    }),
    retention: new Counter({
      name: 'booking_crm_retention_total',
      help: "Citizens' requests in the CRM past the retention period, by object and outcome (deleted, failed: tried again at the next sweep)",
      labelNames: ['object', 'outcome'] as const,
      registers: [registry],
    }),
  };
}

const key = Symbol.for('booking.metrics');
type Holder = { [key]?: ReturnType<typeof build> };

export function metrics() {
  const holder = globalThis as Holder;
  holder[key] ??= build();
  return holder[key];
}

export type BookingOutcome = 'booked' | 'slot_taken' | 'unknown' | 'failed';

/** The cache a key belongs to: what is free (`availability:`), or the catalogue. */
export const cacheOf = (cacheKey: string) => (cacheKey.startsWith('availability:') ? 'availability' : 'catalogue');
