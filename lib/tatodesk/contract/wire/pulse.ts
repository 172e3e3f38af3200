import { z } from 'zod';
import { single, wireInstant } from './common';

/**
 * Pulse: "Create App Session … allowing the system to recognize and authenticate an app that is
 * connecting", and "Register event … custom events related to an app session … such as clicks,
 * accesses, screen views, errors". The fields are ours (docs/tatodesk-contract.md).
 */
const sessionId = z.union([z.string().min(1).max(64), z.number().int().nonnegative()]).transform(String);
const propertyName = z.string().regex(/^[a-z][a-zA-Z0-9_]{0,39}$/);

export const pulseWire = {
  createAppSession: {
    request: z.object({
      app: z.string().min(1).max(80),
      platform: z.literal('web'),
      /** The journey's own random id, so that its events are one session: never a person's. */
      externalID: z.string().min(1).max(64),
      language: z.string().min(2).max(10),
    }),
    response: single(z.object({ sessionID: sessionId }).loose()),
  },
  registerEvent: {
    request: z.object({
      sessionID: z.string().min(1).max(64),
      name: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
      properties: z.record(propertyName, z.union([z.string().max(80), z.number(), z.boolean()])),
      /** When it happened, to the millisecond: the journey's order (the jobs that send them may not keep it). */
      occurredAt: wireInstant,
    }),
    response: z.object({ data: z.unknown().optional() }).loose(),
  },
};
