import { afterAll, beforeAll, vi } from 'vitest';
import { SIMULATOR_API_KEY } from '@/lib/env';
import type * as TatodeskAdapter from '@/lib/tatodesk';
import { simulatorControl, type SimulatorControl } from '@/simulator/control-client';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '@/simulator/server';
import { FIXED_NOW } from '@/test-support/now';

/** The "today" every contract test sees: Tuesday 1 December 2026, 09:00 in Brasília. */
export { FIXED_NOW } from '@/test-support/now';

export type Adapter = typeof TatodeskAdapter;

/**
 * A simulator on a free port and a fresh copy of the adapter pointed at it, configured the way
 * the app is: through the environment.
 */
type AdapterEnv = { apiKey?: string; timeoutMs?: number; retries?: number; settings?: Record<string, string> };

export async function withSimulator(
  options: SimulatorOptions = {},
  env: AdapterEnv = {},
): Promise<{ sim: RunningSimulator; tatodesk: Adapter; control: Control }> {
  const sim = await startSimulator({ now: FIXED_NOW, ...options });
  const tatodesk = await adapterFor(sim.url, env);
  return { sim, tatodesk, control: control(sim.url) };
}

/** Registers a simulator for the whole file; its parts are there once `beforeAll` has run. */
export function simulatorSuite(options: SimulatorOptions = {}, env: Omit<AdapterEnv, 'apiKey'> = {}) {
  const suite = {} as { sim: RunningSimulator; tatodesk: Adapter; control: Control };
  beforeAll(async () => {
    Object.assign(suite, await withSimulator(options, env));
  });
  afterAll(() => suite.sim.close());
  return suite;
}

export async function adapterFor(url: string, env: AdapterEnv = {}) {
  vi.stubEnv('TATODESK_BASE_URL', url);
  vi.stubEnv('TATODESK_API_KEY', env.apiKey ?? SIMULATOR_API_KEY);
  vi.stubEnv('TATODESK_TIMEOUT_MS', String(env.timeoutMs ?? 2000));
  vi.stubEnv('TATODESK_RETRIES', String(env.retries ?? 2));
  vi.stubEnv('LOG_LEVEL', 'silent');
  for (const [name, value] of Object.entries(env.settings ?? {})) vi.stubEnv(name, value);
  vi.resetModules();
  const adapter = (await import('@/lib/tatodesk')) as Adapter;
  // Fix this copy's configuration now, before another test stubs the environment again.
  (await import('@/lib/env')).env();
  return adapter;
}

export type Control = SimulatorControl;
const control = simulatorControl;

export const citizen = {
  name: 'Maria das Graças Souza',
  cpf: '52998224725',
  email: 'maria.souza@exemplo.com.br',
  phone: '19987654321',
};
