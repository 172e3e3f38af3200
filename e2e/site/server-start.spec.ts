import { spawn } from 'node:child_process';
import { expect, test } from '../fixtures';

/** Starts the production server with this environment and waits for it to exit (or 20 s). */
function startServer(port: number, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('TATODESK_')));
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env: { ...clean, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.kill('SIGKILL'), 20_000);
    server.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('a production start with no Tatodesk configuration refuses, saying what to set @js-only', async () => {
  const { code, output } = await startServer(3198, {});
  expect(code).toBe(1);
  expect(output).toContain('No Tatodesk account is configured');
  expect(output).toContain('TATODESK_SIMULATOR=1');
});

test('a production start with a malformed setting names the variable @js-only', async () => {
  const { code, output } = await startServer(3199, { TATODESK_SIMULATOR: '1', TATODESK_TIMEOUT_MS: 'soon' });
  expect(code).toBe(1);
  expect(output).toContain('TATODESK_TIMEOUT_MS');
});

test('a Redis setting present but unusable stops the start, naming it @js-only', async () => {
  const halfSentinel = await startServer(3197, { TATODESK_SIMULATOR: '1', REDIS_SENTINELS: '127.0.0.1:26379' });
  expect(halfSentinel.code).toBe(1);
  expect(halfSentinel.output).toContain('REDIS_SENTINEL_NAME');
  const both = await startServer(3196, {
    TATODESK_SIMULATOR: '1',
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_SENTINELS: '127.0.0.1:26379',
    REDIS_SENTINEL_NAME: 'booking',
  });
  expect(both.code).toBe(1);
  expect(both.output).toMatch(/REDIS_URL .*REDIS_SENTINELS .*choose one/);
});
