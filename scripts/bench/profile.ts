// `npm run bench:profile`: where a production server spends its time serving one page. Starts the
// simulator and `next start` (the build in .next) under `--cpu-prof`, serves the page to 16
// kept-alive clients on loopback for a bounded time, stops the server gracefully so that it writes
// its profile, and prints the self time by package and by function, and the inclusive time of the
// product's own functions. The profile stays in reports/ for Chrome DevTools.
//
//   npm run bench:profile -- [path] [seconds]    (default /book/category?company=101, 15 s)
//   npm run bench:profile -- reports/cpu-profile/….cpuprofile   (the summary of one taken before)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, spawnNode, waitForHttp } from '@/test-support/processes';
import { viewsPerSecond } from './rush';
import { place, startSimulator } from './setup';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] };
type CpuProfile = {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

const page = process.argv[2] ?? `/book/category?company=${place.company}`;
const seconds = Number(process.argv[3] ?? 15);
const dir = path.resolve('reports/cpu-profile');

/** Where a frame's code comes from: a package under node_modules, the app's own build, or Node. */
function origin(url: string): string {
  if (!url) return '(native or idle)';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) {
    const inNext = /next\/dist\/(compiled\/[^/]+|server\/[^/]+|[^/]+)/.exec(url);
    return inPackage[1] === 'next' && inNext ? `next/${inNext[1]}` : inPackage[1]!;
  }
  if (url.includes('/.next/server/')) return 'app (.next/server)';
  if (url.startsWith('node:')) return 'node';
  return url;
}

/**
 * The samples taken while the page was served: from the first request after the warm-up to the
 * last request, so that the server's start (loading its modules) and its stop are left out.
 */
function underLoad(profile: CpuProfile, byId: Map<number, ProfileNode>, parent: Map<number, number>) {
  const serving = new Map<number, boolean>();
  const isServing = (id: number): boolean => {
    const known = serving.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const answer = node.callFrame.functionName === 'handleRequestImpl' || (up !== undefined && isServing(up));
    serving.set(id, answer);
    return answer;
  };
  let at = profile.startTime;
  const times = profile.timeDeltas.map((delta) => (at += delta));
  const served = profile.samples.flatMap((id, n) => (isServing(id) ? [times[n]!] : []));
  // The warm-up's 20 requests are over within its first second.
  const from = served[0]! + 1_000_000;
  const to = served.at(-1)!;
  return {
    samples: profile.samples.filter((_, n) => times[n]! >= from && times[n]! <= to),
    seconds: (to - from) / 1e6,
  };
}

const maps = new Map<string, SourceMap | undefined>();
/** Where a frame of the app's build comes from in its sources (the build's source maps), else its origin. */
function source(frame: CallFrame): string {
  if (!frame.url.includes('/.next/server/')) return `${origin(frame.url)}:${frame.lineNumber + 1}`;
  const file = fileURLToPath(frame.url);
  if (!maps.has(file))
    maps.set(
      file,
      existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : undefined,
    );
  const entry = maps.get(file)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry || !('originalSource' in entry)) return `${origin(frame.url)}:${frame.lineNumber + 1}`;
  return `${entry.originalSource.replace(/^.*?\/(node_modules|app|lib|components|proxy)/, '$1')}:${entry.originalLine + 1}`;
}

function summarise(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const window = underLoad(profile, byId, parent);
  const self = new Map<number, number>();
  for (const id of window.samples) self.set(id, (self.get(id) ?? 0) + 1);
  const total = window.samples.length;
  const ms = (samples: number) => ((samples / total) * window.seconds * 1000).toFixed(0);
  const table = (rows: Map<string, number>, limit: number) =>
    [...rows]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, n]) => `${((100 * n) / total).toFixed(1).padStart(5)} %  ${ms(n).padStart(6)} ms  ${name}`)
      .join('\n');

  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  // The app's build by what it was built from: a bundled package, or a file of the product.
  const bySource = new Map<string, number>();
  for (const [id, n] of self) {
    const { callFrame } = byId.get(id)!;
    const from = origin(callFrame.url);
    byOrigin.set(from, (byOrigin.get(from) ?? 0) + n);
    const where = source(callFrame);
    const name = `${callFrame.functionName || '(anonymous)'}  ${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + n);
    if (callFrame.url.includes('/.next/server/')) {
      const file = where.replace(/:\d+$/, '');
      const built = file.startsWith('node_modules/') ? origin(`/${file}`) : file;
      bySource.set(built, (bySource.get(built) ?? 0) + n);
    }
  }

  // Inclusive time of each function (counted once per stack, however deep it recurses).
  const inclusive = new Map<string, number>();
  for (const [id, n] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { callFrame } = byId.get(at)!;
      if (!callFrame.url.includes('/.next/server/') && !/node_modules\/next\/dist\/server\//.test(callFrame.url))
        continue;
      const name = `${callFrame.functionName || '(anonymous)'}  ${source(callFrame)}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + n);
    }
  }
  console.log(`\n${total} samples, ${ms(total)} ms\n\nself time by origin:\n${table(byOrigin, 25)}`);
  console.log(`\nself time by function:\n${table(byFunction, 40)}`);
  console.log(`\nself time of the app's build, by package or file:\n${table(bySource, 25)}`);
  console.log(`\ninclusive time, Next's server and the app's build:\n${table(inclusive, 50)}`);
}

async function main() {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const simulatorUrl = await startSimulator();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawnNode(
    [`--cpu-prof`, `--cpu-prof-dir=${dir}`, 'node_modules/next/dist/bin/next', 'start', '-p', String(port)],
    {
      TATODESK_SIMULATOR: '1',
      TATODESK_SIMULATOR_URL: simulatorUrl,
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
      REMINDER_OFFSETS: 'off',
    },
  );
  await waitForHttp(`${url}/`, server.child);
  const views = await viewsPerSecond(`${url}${page}`, { seconds });
  console.log(`${page}: ${views.perSecond} views/s (${views.views} views, ${views.errors} errors) under the profiler`);
  // A graceful stop: Node writes the profile as the process exits.
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  const files = readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error('the server wrote no profile');
  // The biggest one is the server's (a child process, if any, writes its own).
  const biggest = files
    .map((file) => ({ file, profile: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile }))
    .sort((a, b) => b.profile.samples.length - a.profile.samples.length)[0]!;
  console.log(`profile: ${path.join(dir, biggest.file)}`);
  summarise(biggest.profile);
  process.exit(0);
}

const given = process.argv[2]?.endsWith('.cpuprofile') ? process.argv[2] : undefined;
(given ? Promise.resolve(summarise(JSON.parse(readFileSync(given, 'utf8')) as CpuProfile)) : main()).catch(
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
