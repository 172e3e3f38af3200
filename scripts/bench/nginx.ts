// The reverse proxy the bench serves Lighthouse through: nginx on loopback with the deployment's
// own gzip lines (deploy/nginx.conf), since the app leaves compression to the proxy in front of it
// (next.config.ts). What Lighthouse loads is then what a citizen's phone gets in production.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForHttp } from '@/test-support/processes';

const NGINX = '/usr/sbin/nginx';

/** The deployment's compression: every `gzip…` line of deploy/nginx.conf, as written there. */
export function deploymentGzip(conf = readFileSync('deploy/nginx.conf', 'utf8')): string[] {
  const lines = conf
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^gzip(_\w+)?\s/.test(line));
  if (!lines.includes('gzip on;')) throw new Error('deploy/nginx.conf does not compress (no "gzip on;")');
  return lines;
}

/**
 * nginx in front of each upstream (name → its address): one loopback port each, compressing as
 * the deployment does. Stopped (and its files removed) by `stop`, or when this process exits.
 */
export async function startProxy<Name extends string>(upstreams: Record<Name, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-nginx-'));
  mkdirSync(join(dir, 'temp'));
  const ports = Object.fromEntries(
    await Promise.all(Object.keys(upstreams).map(async (name) => [name, await freePort()] as const)),
  ) as Record<Name, number>;
  const gzip = deploymentGzip().join('\n      ');
  const servers = (Object.entries(upstreams) as [Name, string][]).map(
    ([name, upstream]) => `
    server {
      listen 127.0.0.1:${ports[name]};
      ${gzip}
      location / {
        proxy_pass ${upstream};
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $http_host;
      }
    }`,
  );
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  ${servers.join('\n')}
}
`,
  );
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', () => child.kill('SIGKILL'));
  const urls = Object.fromEntries(
    (Object.keys(upstreams) as Name[]).map((name) => [name, `http://127.0.0.1:${ports[name]}`]),
  ) as Record<Name, string>;
  for (const url of Object.values<string>(urls)) await waitForHttp(`${url}/`, child);
  return { urls, stop };
}
