import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

  it('has no two folders of lib/ importing each other, so that each reads on its own', () => {
    // A folder is lib/<name>; the Tatodesk contract (shared with the simulator) is a layer of its own.
    const folderOf = (path: string) =>
      path.startsWith('lib/tatodesk/contract/') ? 'tatodesk/contract' : path.split('/')[1]!;
    const edges = new Set<string>();
    for (const path of source.filter((p) => p.startsWith('lib/') && p.split('/').length > 2)) {
      for (const [, target] of read(path).matchAll(/from '@\/lib\/([^']+)'/g)) {
        const to = folderOf(`lib/${target}/`);
        const from = folderOf(path);
        if (to !== from && existsSync(`lib/${to}`)) edges.add(`${from} -> ${to}`);
      }
    }
    const both = [...edges].filter((edge) => {
      const [from, to] = edge.split(' -> ');
      return from! < to! && edges.has(`${to} -> ${from}`);
    });
    expect(both).toEqual([]);
    expect(edges.size).toBeGreaterThan(20);
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

describe('the README and the documents', () => {
  const readme = read('README.md');

  it('is read in five minutes and names nothing outside the repository', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(300);
    for (const document of ['README.md', ...tracked.filter((path) => /^docs\/.*\.md$/.test(path))]) {
      expect(read(document), document).not.toMatch(/\.\.\/shared|BRIEF\.md|\bthe brief\b/i);
    }
    // Every document it links to exists.
    for (const [, target] of readme.matchAll(/\]\(((?:docs\/)?[^)#\s]+)(?:#[^)]*)?\)/g))
      expect(existsSync(target!), target).toBe(true);
  });

  it('maps every folder of the tree, and nothing that is not there', () => {
    const block = readme.split('## Architecture')[1]!.split('```')[1]!;
    const mapped = block
      .split('\n')
      .map((line) => line.split(/\s+/)[0]!)
      .filter(Boolean);
    for (const path of mapped) expect(existsSync(path.replace(/\/$/, '')), `${path} is mapped but absent`).toBe(true);
    const folders = new Set(
      tracked.flatMap((path) => {
        const parts = path.split('/');
        // The top level, and the folders directly under the code's own roots.
        const top = parts.length > 1 ? [`${parts[0]}/`] : [];
        const second =
          parts.length > 2 && ['app', 'components', 'lib', 'simulator', 'e2e', 'tests', 'scripts'].includes(parts[0]!)
            ? [`${parts[0]}/${parts[1]}/`]
            : [];
        return [...top, ...second];
      }),
    );
    const unmapped = [...folders].filter((folder) => !mapped.includes(folder));
    expect(unmapped).toEqual([]);
  });

  it('documents every setting of the schemas in docs/configuration.md, and no setting that is not one', async () => {
    const { schema } = await import('@/lib/env/schema');
    const { simulatorSchema } = await import('@/simulator/config');
    const documented = read('docs/configuration.md');
    // The app's settings, the simulator's, and the one the test runner reads.
    const settings = [...Object.keys(schema.shape), ...Object.keys(simulatorSchema.shape), 'CHROMIUM_PATH'];
    const missing = settings.filter((name) => !documented.includes(`\`${name}\``));
    expect(missing).toEqual([]);
    const named = [...documented.matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map((match) => match[1]!);
    expect(named.filter((name) => !settings.includes(name))).toEqual([]);
  });
});
