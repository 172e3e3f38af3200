import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { deploymentGzip } from '@/scripts/bench/nginx';
import { simulatorEnv } from '@/simulator/config';
import { simulatorControl } from '@/simulator/control-client';
import { startSimulator } from '@/simulator/server';

const dockerfile = readFileSync('Dockerfile', 'utf8');
/** A stage of the Dockerfile, from its FROM to the next. */
const stage = (name: string) => dockerfile.slice(dockerfile.indexOf(` AS ${name}`)).split(/\nFROM /)[0]!;

describe('the container files, as no engine here can run them', () => {
  it('start the simulator as its image does: on every address of the container, reached from outside loopback’s name', async () => {
    const env = stage('simulator').match(/^ENV (.+)$/m)![1]!;
    const settings = Object.fromEntries(env.split(/\s+/).map((pair) => pair.split('=') as [string, string]));
    expect(settings.TATODESK_SIMULATOR_HOST).toBe('0.0.0.0');
    const sim = await startSimulator({ ...simulatorEnv({ ...settings, TATODESK_SIMULATOR_PORT: '0' }) });
    try {
      expect(new URL(sim.url).hostname).toBe('0.0.0.0'); // bound to every interface, not loopback alone
      const health = await fetch(`http://127.0.0.1:${sim.port}/__sim/health`, {
        headers: { 'api-key': 'demo-simulator-key' },
      });
      expect(health.ok).toBe(true);
      expect(await simulatorControl(`http://localhost:${sim.port}`).log()).toEqual(expect.any(Array));
    } finally {
      await sim.close();
    }
  });

  it('copy into the simulator image only what it runs', () => {
    const copies = [...stage('simulator').matchAll(/^COPY (?:--from=\S+ )?(\S+)/gm)].map((m) => m[1]);
    expect(copies).toEqual(['package.json', 'tsconfig.json', 'simulator', 'lib/tatodesk/contract']);
    expect(stage('simulator')).not.toMatch(/FROM build/);
  });

  it('check the app’s health on the port the container is given, whatever it is', async () => {
    const command = JSON.parse(dockerfile.match(/HEALTHCHECK[\s\S]*?CMD (\[.*\])/)![1]!) as string[];
    const server = createServer((req, res) => {
      res.writeHead(req.url === '/api/health' ? 200 : 404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const run = promisify(execFile)(command[0]!, command.slice(1), { env: { ...process.env, PORT: String(port) } });
      await expect(run).resolves.toBeDefined(); // exit 0
    } finally {
      server.close();
    }
  });

  it('compress at the proxy what the app leaves uncompressed: pages, scripts, styles', async () => {
    const { default: config } = await import('@/next.config');
    expect(config.compress).toBe(false);
    const gzip = deploymentGzip();
    expect(gzip).toContain('gzip on;');
    // nginx always compresses text/html; the rest only when listed.
    const types = gzip.find((line) => line.startsWith('gzip_types '))!.split(/\s+|;/);
    for (const type of ['application/javascript', 'text/css', 'application/json']) expect(types).toContain(type);
  });

  it('leave out of the build context what the image never uses', () => {
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    for (const path of ['docs', 'e2e', 'tests', 'compose.yaml']) expect(ignored).toContain(path);
  });
});
