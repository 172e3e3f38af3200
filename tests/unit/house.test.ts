import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The house's own rules, read from the tree: what a newcomer relies on cannot drift unseen. */
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((path) => path && statSync(path, { throwIfNoEntry: false })?.isFile());
const source = tracked.filter((path) => /\.(ts|tsx|mjs|mts)$/.test(path) && !path.endsWith('.d.ts'));
const read = (path: string) => readFileSync(path, 'utf8');

describe('the house', () => {
  it('keeps every source file at 300 lines or fewer', () => {
    const long = source
      .map((path) => ({ path, lines: read(path).split('\n').length - 1 }))
      .filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });

  it('keeps at most six files loose at the root of lib/', () => {
    const loose = readdirSync('lib', { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(loose.length, loose.map((entry) => entry.name).join(', ')).toBeLessThanOrEqual(6);
  });

  it('names every place that keeps a limit in the limits header', () => {
    const header = read('lib/limits/index.ts');
    const keepers = source.filter(
      (path) =>
        /^(app|components|lib)\//.test(path) &&
        !path.endsWith('.test.ts') &&
        path !== 'lib/limits/index.ts' &&
        path !== 'lib/store/index.ts' &&
        /\blazyLimiter\(|new RateLimiter(Memory|Redis)\(/.test(read(path)),
    );
    expect(keepers.length).toBeGreaterThan(3);
    for (const path of keepers) expect(header, path).toContain(path);
  });
});
