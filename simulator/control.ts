import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { statusIDsByName } from '@/lib/tatodesk/contract/codes';
import { endpointNames, type EndpointName } from '@/lib/tatodesk/contract/endpoints';
import { errorCodes } from '@/lib/tatodesk/contract/wire/common';
import { hoursOf } from './calendar';
import { SimError } from './errors';
import { faultSchema, faultsSchema, type FaultBoard } from './faults';
import { send, type LogEntry } from './http';
import type { SimStore } from './store';
import { toWireAttendance } from './wire-shapes';

type Context = {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  store: SimStore;
  faults: FaultBoard;
  log: LogEntry[];
  body: () => Promise<unknown>;
};

const statusMap = statusIDsByName;
const statusBody = z.object({ status: z.enum(Object.keys(statusMap) as [keyof typeof statusMap]) });
const faultBody = faultSchema.extend({ endpoint: z.union([z.enum(endpointNames as [EndpointName]), z.literal('*')]) });
const undeliverableBody = z.object({ channel: z.enum(['email', 'whatsapp', 'sms']), to: z.string().min(1) });
const crmRecordBody = z.object({
  apiName: z.string().min(1).max(63),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  createdAt: z.iso.datetime({ offset: true }),
});
const clockBody = z.object({ now: z.iso.datetime({ offset: true }).nullable() });
const leaseBody = z.object({
  unitID: z.number().int().positive(),
  attendanceTypeID: z.number().int().positive(),
  minVacancies: z.number().int().min(1).default(1),
  maxVacancies: z.number().int().min(1).default(1000),
  date: z.iso.date().optional(),
});

/**
 * Simulator-only routes under /__sim/: they let tests and the demo move state and switch
 * faults. They exist on no real Tatodesk account and the app never calls them.
 */
export async function control({ req, res, url, store, faults, log, body }: Context): Promise<number> {
  const route = `${req.method} ${url.pathname.replace(/^\/__sim/, '')}`;
  const parse = async <T>(schema: z.ZodType<T>): Promise<T> => {
    const parsed = schema.safeParse(await body());
    if (!parsed.success) throw new SimError(400, errorCodes.invalidRequest, z.prettifyError(parsed.error));
    return parsed.data;
  };
  try {
    const protocolRoute = route.match(/^(GET|POST) \/appointments\/([^/]+)(\/status)?$/);
    if (protocolRoute) {
      const [, method, protocol, status] = protocolRoute;
      if (method === 'POST' && status) {
        const next = await parse(statusBody);
        store.setStatus(decodeURIComponent(protocol!), statusMap[next.status]);
      }
      return send(res, 200, toWireAttendance(store, store.byProtocol(decodeURIComponent(protocol!))));
    }
    switch (route) {
      case 'GET /health':
        return send(res, 200, { ok: true, now: store.now().toISOString() });
      case 'POST /reset':
        store.reset();
        faults.clear();
        log.length = 0;
        return send(res, 200, { ok: true });
      case 'GET /appointments':
        return send(
          res,
          200,
          store.appointments().map((a) => ({ ...toWireAttendance(store, a), bookedAt: a.bookedAt })),
        );
      case 'GET /slots': {
        // Every hour of a day, full ones included, so that a test can find a last place.
        const unit = store.offering(
          Number(url.searchParams.get('unitID')),
          Number(url.searchParams.get('attendanceTypeID')),
        );
        const date = url.searchParams.get('date') ?? '';
        return send(
          res,
          200,
          unit.periods.flatMap((p) =>
            hoursOf(unit, p.periodID).map((hour) => ({
              periodID: p.periodID,
              hour,
              vacancies: store.vacancies(unit, Number(url.searchParams.get('attendanceTypeID')), date, hour),
            })),
          ),
        );
      }
      case 'POST /leases': {
        const lease = await parse(leaseBody);
        return send(
          res,
          200,
          store.lease(lease.unitID, lease.attendanceTypeID, {
            min: lease.minVacancies,
            max: lease.maxVacancies,
            date: lease.date,
          }),
        );
      }
      case 'POST /undeliverable': {
        const { channel, to } = await parse(undeliverableBody);
        store.makeUndeliverable(channel, to);
        return send(res, 200, { ok: true });
      }
      case 'GET /crm': {
        const apiName = url.searchParams.get('apiName') ?? '';
        return send(res, 200, store.crm.records(apiName));
      }
      case 'POST /crm': {
        const { apiName, fields, createdAt } = await parse(crmRecordBody);
        return send(res, 200, store.crm.create(apiName, fields, new Date(createdAt).toISOString()));
      }
      case 'GET /notifications':
        return send(res, 200, store.notifications());
      case 'GET /pulse':
        return send(res, 200, store.records.pulseSessions());
      case 'GET /survey-answers':
        return send(res, 200, store.records.surveyAnswers());
      case 'GET /media':
        return send(res, 200, store.media());
      case 'GET /faults':
        return send(res, 200, faults.list());
      case 'POST /faults': {
        const { endpoint, ...fault } = await parse(faultBody);
        faults.set(endpoint, fault);
        return send(res, 200, faults.list());
      }
      case 'PUT /faults': {
        const all = await parse(faultsSchema);
        faults.clear();
        for (const [name, fault] of Object.entries(all)) if (fault) faults.set(name as EndpointName, fault);
        return send(res, 200, faults.list());
      }
      case 'DELETE /faults':
        faults.clear();
        return send(res, 200, {});
      case 'GET /log':
        return send(res, 200, log);
      case 'DELETE /log':
        log.length = 0;
        return send(res, 200, []);
      case 'POST /clock': {
        const { now } = await parse(clockBody);
        store.setClock(now ? new Date(now) : undefined);
        return send(res, 200, { now: store.now().toISOString() });
      }
      default:
        return send(res, 404, { error: { code: errorCodes.notFound, message: 'no such control route' } });
    }
  } catch (error) {
    if (error instanceof SimError)
      return send(res, error.status, { error: { code: error.code, message: error.message } });
    throw error;
  }
}
