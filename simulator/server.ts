import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { endpoint, endpointNames, type EndpointName } from '@/lib/tatodesk/contract/endpoints';
import { SIMULATOR_API_KEY } from '@/lib/tatodesk/contract/simulator-key';
import { errorCodes } from '@/lib/tatodesk/contract/wire/common';
import { control } from './control';
import { SimError } from './errors';
import { FaultBoard, loseAnswer, reshapeAnswer, sendCorrupt, type Faults } from './faults';
import { handlers } from './handlers';
import { header, readJson, readMultipart, send, type Asked, type LogEntry, type UploadedFile } from './http';
import { SimStore } from './store';
import { variantRequest, variantResponse, type Variant } from './variant';

export type SimulatorOptions = {
  port?: number;
  host?: string;
  apiKey?: string;
  /** A fixed "now", so that tests see the same today. */
  now?: Date;
  /** Keep state across restarts in this JSON file (and uploaded media beside it). */
  stateFile?: string;
  faults?: Faults;
  /** `other`: answer as an account that reads the seed otherwise (simulator/variant.ts). */
  variant?: Variant;
};

export type RunningSimulator = {
  url: string;
  port: number;
  store: SimStore;
  faults: FaultBoard;
  log: LogEntry[];
  close: () => Promise<void>;
};

const LOG_LIMIT = 10_000;

const byPath = new Map<string, EndpointName>(endpointNames.map((name) => [endpoint(name).path, name]));

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const apiKey = options.apiKey ?? SIMULATOR_API_KEY;
  const store = new SimStore({ now: options.now, stateFile: options.stateFile });
  const faults = new FaultBoard(options.faults);
  const log: LogEntry[] = [];
  const other = options.variant === 'other';
  let publicUrl = '';

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://simulator');
    // Every answer dates itself on the simulator's clock, as a real server's Date header does:
    // the app schedules reminders on the upstream's clock, so a test that moves it moves them.
    res.setHeader('date', store.now().toUTCString());
    if (req.method === 'GET' && url.pathname.startsWith('/media/')) {
      const file = store.uploads.file(url.pathname.split('/')[2] ?? '');
      if (!file) return send(res, 404, { error: { code: errorCodes.notFound, message: 'media not found' } });
      res.writeHead(200, { 'content-type': file.type, 'content-length': file.bytes.byteLength });
      return res.end(file.bytes);
    }
    if (req.headers['api-key'] !== apiKey) {
      return send(res, 401, { error: { code: errorCodes.unauthorized, message: 'invalid API key' } });
    }
    if (url.pathname.startsWith('/__sim/')) {
      return control({ req, res, url, store, faults, log, body: () => readJson(req) });
    }
    const name = req.method === 'POST' ? byPath.get(url.pathname) : undefined;
    if (!name) return send(res, 404, { error: { code: errorCodes.notFound, message: 'no such endpoint' } });

    const started = Date.now();
    const requestId = header(req, 'x-request-id');
    const asked: Asked = {};
    const status = await answer(name, req, res, asked);
    log.push({ at: new Date().toISOString(), endpoint: name, status, ms: Date.now() - started, requestId, ...asked });
    if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
  }

  async function answer(name: EndpointName, req: IncomingMessage, res: ServerResponse, asked: Asked): Promise<number> {
    const fault = faults.take(name);
    if (fault?.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
    if (fault?.hang) return loseAnswer('hang', res);
    if (fault?.status) {
      const code = fault.status === 401 ? errorCodes.unauthorized : 'SIMULATED_FAILURE';
      return send(res, fault.status, { error: { code, message: 'simulated failure' } });
    }
    if (fault?.malformed) return sendCorrupt(res);
    if (fault?.slotTaken && name === 'createAppointment') {
      return send(res, 409, {
        error: { code: errorCodes.slotUnavailable, message: 'this time is no longer available' },
      });
    }
    try {
      const ep = endpoint(name);
      let raw: unknown;
      let file: UploadedFile | undefined;
      if ('multipart' in ep && ep.multipart) ({ raw, file } = await readMultipart(req));
      else raw = await readJson(req);
      if (other) raw = variantRequest(name, raw);
      const parsed = ep.request.safeParse(raw);
      Object.assign(asked, askedOf(raw));
      if (!parsed.success) {
        const message = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        return send(res, 400, { error: { code: errorCodes.invalidRequest, message } });
      }
      const handler = handlers[name] as (s: SimStore, b: unknown, c: unknown) => unknown;
      const answered = handler(store, parsed.data, { publicUrl, file });
      // The simulator holds itself to the contract it serves (the variant, to what it tolerates).
      ep.response.parse(answered);
      const body = other ? variantResponse(name, answered) : answered;
      if (other) ep.response.parse(body);
      if (fault?.afterEffect) return loseAnswer(fault.afterEffect, res);
      return send(res, 200, fault?.reshape ? reshapeAnswer(body, fault.reshape) : body);
    } catch (error) {
      if (error instanceof SimError)
        return send(res, error.status, { error: { code: error.code, message: error.message } });
      console.error('[simulator]', name, error);
      return send(res, 500, { error: { code: 'INTERNAL', message: 'simulator error' } });
    }
  }

  /** The unit and service a call asked about, in its log line: a test counts one scope's reads. */
  function askedOf(raw: unknown): Asked {
    if (!raw || typeof raw !== 'object') return {};
    const { attendanceUnitID, attendanceTypeID } = raw as Record<string, unknown>;
    return {
      ...(typeof attendanceUnitID === 'number' ? { unitID: attendanceUnitID } : {}),
      ...(typeof attendanceTypeID === 'number' ? { attendanceTypeID } : {}),
    };
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof SimError)
        return send(res, error.status, { error: { code: error.code, message: error.message } });
      console.error('[simulator]', error);
      if (!res.headersSent) send(res, 500, { error: { code: 'INTERNAL', message: 'simulator error' } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  publicUrl = `http://${options.host ?? '127.0.0.1'}:${port}`;

  return {
    url: publicUrl,
    port,
    store,
    faults,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
