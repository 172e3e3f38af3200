import { z } from 'zod';
import { parseFaults } from './faults';
import type { SimulatorOptions } from './server';

export const simulatorSchema = z.object({
  TATODESK_SIMULATOR_PORT: z.coerce.number().int().min(0).max(65_535).default(4010),
  /** The address it listens on: loopback by default; 0.0.0.0 in its container, for the app containers to reach it. */
  TATODESK_SIMULATOR_HOST: z.union([z.ipv4(), z.ipv6(), z.literal('localhost')]).default('127.0.0.1'),
  TATODESK_SIM_NOW: z.iso.datetime({ offset: true }).optional(),
  TATODESK_SIM_STATE_FILE: z.string().min(1).optional(),
  TATODESK_SIM_FAULTS: z.string().optional(),
  /** `other`: a simulator that makes every choice the seed leaves open otherwise (simulator/variant.ts). */
  TATODESK_SIM_VARIANT: z.enum(['default', 'other']).default('default'),
});

/** The simulator's own settings, from the environment. */
export function simulatorEnv(source: Record<string, string | undefined>): SimulatorOptions {
  const e = simulatorSchema.parse(source);
  return {
    port: e.TATODESK_SIMULATOR_PORT,
    host: e.TATODESK_SIMULATOR_HOST,
    now: e.TATODESK_SIM_NOW ? new Date(e.TATODESK_SIM_NOW) : undefined,
    stateFile: e.TATODESK_SIM_STATE_FILE,
    faults: parseFaults(e.TATODESK_SIM_FAULTS),
    variant: e.TATODESK_SIM_VARIANT,
  };
}
