import { endpoint } from '@/lib/tatodesk/contract/endpoints';
import { SIMULATOR_API_KEY } from '@/lib/tatodesk/contract/simulator-key';
import { toWireDate } from '@/lib/tatodesk/contract/wire/common';
import type { Fault } from './faults';

export type SimSlot = { periodID: number; hour: string; vacancies: number };
export type SimNotificationRecord = {
  ID: string;
  channel: 'email' | 'whatsapp' | 'sms';
  templateID: string;
  to: string;
  parameters: Record<string, string> | string[];
  metadata?: Record<string, string>;
  /** A WhatsApp template's header: a document's media id. */
  header?: { type: string; id?: string; url?: string };
  /** An e-mail's attachments, each a URL on the simulator (GET it: no key needed, as a mail reader would). */
  attachments?: { name: string; url: string }[];
  at: string;
  statusID: number;
};
export type SimCrmRecord = { ID: string; fields: Record<string, string | number | boolean | null>; createdAt: string };
export type SimLogRecord = {
  at: string;
  endpoint: string;
  status: number;
  ms: number;
  /** The unit and service type the call was about, where its body names them. */
  unitID?: number;
  attendanceTypeID?: number;
};

/** Drives a simulator's /__sim control routes; for tests and demos, never for the app. */
export function simulatorControl(url: string, apiKey = SIMULATOR_API_KEY) {
  const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(new URL(`/__sim${path}`, url), {
      method,
      headers: { 'api-key': apiKey, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`simulator ${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    reset: () => request('POST', '/reset'),
    fault: (endpoint: string, fault: Fault) => request('POST', '/faults', { endpoint, ...fault }),
    clearFaults: () => request('DELETE', '/faults'),
    log: () => request<SimLogRecord[]>('GET', '/log'),
    clearLog: () => request('DELETE', '/log'),
    slots: (unitID: number, attendanceTypeID: number, date: string) =>
      request<SimSlot[]>('GET', `/slots?unitID=${unitID}&attendanceTypeID=${attendanceTypeID}&date=${date}`),
    notifications: () => request<SimNotificationRecord[]>('GET', '/notifications'),
    /** An uploaded file's bytes, as WhatsApp or a mail reader fetches them (no key). */
    mediaFile: async (mediaID: string) => {
      const response = await fetch(new URL(`/media/${encodeURIComponent(mediaID)}/file`, url));
      if (!response.ok) throw new Error(`media ${mediaID}: ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    /** WhatsApp media uploaded so far; each file is at `/media/<mediaID>/<fileName>` on the simulator. */
    media: () =>
      request<{ mediaID: string; fileName: string; contentType: string; size: number; at: string }[]>('GET', '/media'),
    /** What is sent on the channel to this recipient (as sent: 55… for phones) fails delivery from now on. */
    undeliverable: (channel: 'email' | 'whatsapp' | 'sms', to: string) =>
      request('POST', '/undeliverable', { channel, to }),
    crm: (apiName: string) => request<SimCrmRecord[]>('GET', `/crm?apiName=${encodeURIComponent(apiName)}`),
    /** Pulse's app sessions, each with its events as registered. */
    pulse: () =>
      request<
        {
          sessionID: string;
          app: string;
          externalID: string;
          language: string;
          events: {
            name: string;
            properties: Record<string, string | number | boolean>;
            occurredAt: string;
          }[];
        }[]
      >('GET', '/pulse'),
    /** The survey answers registered, as sent. */
    surveyAnswers: () =>
      request<
        {
          ID: string;
          formID: number;
          reference: string;
          attendanceUnitID?: number;
          answers: { questionID: number; value: number | string }[];
          at: string;
        }[]
      >('GET', '/survey-answers'),
    /** A CRM record made at `createdAt` (the past an account that has run for years holds). */
    crmRecordMadeAt: (apiName: string, fields: SimCrmRecord['fields'], createdAt: string) =>
      request<SimCrmRecord>('POST', '/crm', { apiName, fields, createdAt }),
    appointments: () =>
      request<
        {
          protocol: string;
          statusID: number;
          attendanceUnitID: number;
          date: string;
          hour?: string;
          /** Minutes waited (so far, for one still waiting); null before arrival. */
          waitingTime?: number | null;
          client: { cpf: string; name: string; email?: string; phone?: string };
          /** The answers it was booked with, as Tatodesk keeps them. */
          form: { key: string; value: string; label?: string }[];
          /** When the upstream booked it, on the simulator's (possibly fixed) clock. */
          createdAt: string;
          /** When it was booked, on the wall clock. */
          bookedAt?: string;
        }[]
      >('GET', '/appointments'),
    setStatus: (protocol: string, status: string) => request('POST', `/appointments/${protocol}/status`, { status }),
    setClock: (now: string | null) => request('POST', '/clock', { now }),
    /**
     * A free time of the test's own (date YYYY-MM-DD, hour HH:MM): no other lease gets it, so no
     * other test books it. `minVacancies`/`maxVacancies` pick a roomy time or a last place; `date`, a day.
     */
    lease: (at: {
      unitID: number;
      attendanceTypeID: number;
      minVacancies?: number;
      maxVacancies?: number;
      date?: string;
    }) => request<{ date: string; hour: string; vacancies: number }>('POST', '/leases', at),
    /** Books straight through the simulator's API, as another channel would (date YYYY-MM-DD). */
    async book(b: {
      companyID: number;
      unitID: number;
      attendanceTypeID: number;
      date: string;
      hour: string;
      client: { name: string; cpf: string; email: string; phone: string };
      /** Answers to the service's questions. */
      form?: { key: string; value: string }[];
    }) {
      const response = await fetch(new URL(endpoint('createAppointment').path, url), {
        method: 'POST',
        headers: { 'api-key': apiKey, 'content-type': 'application/json' },
        body: JSON.stringify({
          companyID: b.companyID,
          attendanceUnitID: b.unitID,
          attendanceTypeID: b.attendanceTypeID,
          date: toWireDate(b.date),
          hour: b.hour,
          client: b.client,
          form: b.form,
        }),
      });
      if (!response.ok) throw new Error(`book: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { data: { protocol: string } }).data.protocol;
    },
  };
}

export type SimulatorControl = ReturnType<typeof simulatorControl>;
