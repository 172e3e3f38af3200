import { call } from './default-client';

/** Pulse "Create App Session": one for a journey, named by its own random id (never a person's). */
export async function createPulseSession(s: { app: string; journey: string; language: string }): Promise<string> {
  const { data } = await call()('createAppSession', {
    app: s.app,
    platform: 'web',
    externalID: s.journey,
    language: s.language,
  });
  return data.sessionID;
}

/** Pulse "Register event": what happened in the journey, when, with no personal data. */
export async function registerPulseEvent(e: {
  sessionId: string;
  name: string;
  properties: Record<string, string | number | boolean>;
  at: string;
}): Promise<void> {
  await call()('registerEvent', { sessionID: e.sessionId, name: e.name, properties: e.properties, occurredAt: e.at });
}
