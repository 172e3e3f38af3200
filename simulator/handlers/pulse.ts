import type { Handlers } from './types';

/** Pulse: app sessions and the events registered in them, kept as sent (the tests read every one). */
export const pulseHandlers: Handlers<'createAppSession' | 'registerEvent'> = {
  createAppSession: (store, { app, externalID, language }) => ({
    data: { sessionID: store.records.pulseSession({ app, externalID, language }).sessionID },
  }),
  registerEvent: (store, { sessionID, name, properties, occurredAt }) => {
    store.records.pulseEvent(sessionID, { name, properties, occurredAt });
    return { data: { ok: true } };
  },
};
