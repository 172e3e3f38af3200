import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { endpointNames, type EndpointName } from '@/lib/tatodesk/contract/endpoints';
import { send } from './http';

export const faultSchema = z
  .object({
    /** Added before the answer. */
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    /** Answer with this status (5xx, 401, 429…) and Tatodesk's error body. */
    status: z.number().int().min(400).max(599).optional(),
    /** Never answer: the client's timeout must end the call. */
    hang: z.boolean().optional(),
    /** Answer 200 with a body that is not the contract's JSON. */
    malformed: z.boolean().optional(),
    /** Answer a create with "slot no longer available". */
    slotTaken: z.boolean().optional(),
    /**
     * Do the work (a create books), then lose the answer: never send it (`hang`), cut the
     * connection (`drop`), send a body that is not JSON (`corrupt`) or a 500 (`error`).
     */
    afterEffect: z.enum(['hang', 'drop', 'corrupt', 'error']).optional(),
    /**
     * Answer as a differently shaped account would: every key `rename.from` in the answer becomes
     * `rename.to`; `set` writes a value at a dotted path (`data.0.ID`). The work is done as usual.
     */
    reshape: z
      .object({
        rename: z.object({ from: z.string().min(1), to: z.string().min(1) }).optional(),
        set: z.object({ path: z.string().min(1), value: z.unknown() }).optional(),
      })
      .optional(),
    /** Apply to this many calls, then lift; forever when absent. */
    times: z.number().int().positive().optional(),
  })
  .strict();
export type Fault = z.infer<typeof faultSchema>;

const target = z.union([z.enum(endpointNames as [EndpointName, ...EndpointName[]]), z.literal('*')]);
export const faultsSchema = z.partialRecord(target, faultSchema);
export type Faults = z.infer<typeof faultsSchema>;

/** TATODESK_SIM_FAULTS='{"listCompaniesByUser":{"status":503}}' */
export function parseFaults(json: string | undefined): Faults {
  if (!json) return {};
  return faultsSchema.parse(JSON.parse(json));
}

export class FaultBoard {
  private faults: Faults;

  constructor(initial: Faults = {}) {
    this.faults = { ...initial };
  }

  list = (): Faults => ({ ...this.faults });
  set(name: EndpointName | '*', fault: Fault): void {
    this.faults[name] = fault;
  }
  clear(): void {
    this.faults = {};
  }

  /** The fault for this call, if any, counting it against `times`. */
  take(name: EndpointName): Fault | undefined {
    const key = this.faults[name] ? name : this.faults['*'] ? '*' : undefined;
    if (!key) return undefined;
    const fault = this.faults[key]!;
    if (fault.times !== undefined) {
      if (fault.times <= 1) delete this.faults[key];
      else this.faults[key] = { ...fault, times: fault.times - 1 };
    }
    return fault;
  }
}

/** A 200 whose body is not the contract's JSON. */
export function sendCorrupt(res: ServerResponse): number {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"data": [{"ID": "not-a-number", ');
  return 200;
}

/** The work is done; the caller never learns it. Resolves with the status logged for the call. */
export function loseAnswer(effect: NonNullable<Fault['afterEffect']>, res: ServerResponse): Promise<number> | number {
  switch (effect) {
    case 'hang':
      return new Promise((resolve) => res.on('close', () => resolve(0)));
    case 'drop':
      res.socket?.destroy();
      return 0;
    case 'corrupt':
      return sendCorrupt(res);
    case 'error':
      return send(res, 500, { error: { code: 'SIMULATED_FAILURE', message: 'simulated failure after the work' } });
  }
}

/** The answer as a differently shaped account would give it (the `reshape` fault). */
export function reshapeAnswer(body: unknown, reshape: NonNullable<Fault['reshape']>): unknown {
  let shaped = structuredClone(body);
  if (reshape.rename) shaped = renameKeys(shaped, reshape.rename.from, reshape.rename.to);
  if (reshape.set) {
    const keys = reshape.set.path.split('.');
    let node = shaped as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = (node?.[key] ?? {}) as Record<string, unknown>;
    node[keys.at(-1)!] = reshape.set.value;
  }
  return shaped;
}

function renameKeys(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, from, to));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key === from ? to : key, renameKeys(inner, from, to)]),
  );
}
