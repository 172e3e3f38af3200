import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * Lighthouse, mobile (its default throttling), on each citizen page beside the floor page: the
 * median of three runs. A measurement, not a test: it needs a quiet machine. Lighthouse is
 * fetched on demand at this pinned version (`npx`), so that installing the project does not
 * carry it and its browser tooling. It drives Debian's whole Chromium (`npm run bench` installs
 * it), as a phone's Chrome would render, where the tests run its headless shell.
 */
export const FULL_CHROMIUM = '/usr/bin/chromium';
// 12.8 is the newest that runs on Node 20 (13 needs Node 22.19).
const LIGHTHOUSE = 'lighthouse@12.8.2';
const RUNS = 3;

const report = z.object({
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.object({ 'total-blocking-time': z.object({ numericValue: z.number() }) }),
});
export type Scores = { performance: number; accessibility: number; bestPractices: number; tbtMs: number };

function once(url: string): Scores {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  try {
    const out = join(dir, 'report.json');
    const run = spawnSync(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-path=${FULL_CHROMIUM}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-quic',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 },
    );
    if (run.status !== 0) throw new Error(`lighthouse failed on ${url}`);
    const { categories, audits } = report.parse(JSON.parse(readFileSync(out, 'utf8')));
    const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      tbtMs: Math.round(audits['total-blocking-time'].numericValue),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The median of three runs of each score, per page name. */
export function lighthouse(pages: Record<string, string>): Record<string, Scores> {
  const result: Record<string, Scores> = {};
  for (const [name, url] of Object.entries(pages)) {
    const runs = Array.from({ length: RUNS }, () => once(url));
    result[name] = {
      performance: median(runs.map((r) => r.performance)),
      accessibility: median(runs.map((r) => r.accessibility)),
      bestPractices: median(runs.map((r) => r.bestPractices)),
      tbtMs: median(runs.map((r) => r.tbtMs)),
    };
  }
  return result;
}
