import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckLine } from './check-types';

// What tatodesk:check keeps and prints: the answers, redacted, and the report a person reads.

/** Keys whose values are a person's wherever they stand in an answer. */
const PERSONAL_KEYS = new Set(['cpf', 'email', 'phone', 'clientName']);
/** Keys that are a person's inside these objects only (a company's or a unit's name is kept). */
const PERSONAL_WITHIN: Record<string, string[]> = {
  client: ['name'],
  to: ['name'],
  form: ['value'],
  attachments: ['url', 'name'],
  metadata: ['protocol'],
};

/** An answer with its personal data replaced, so that a sample can be shared to fix the schemas. */
export function redact(value: unknown, key = '', holder = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => redact(item, key, holder));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([inner, v]) => [inner, redact(v, inner, key)]));
  }
  if (typeof value !== 'string') return value;
  const personal =
    PERSONAL_KEYS.has(key) ||
    (PERSONAL_WITHIN[holder]?.includes(key) ?? false) ||
    // Whatever its key: an e-mail address, or eleven digits (a CPF).
    value.includes('@') ||
    /^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/.test(value);
  return personal ? `[redacted ${value.length} chars]` : value;
}

export async function save(folder: string | undefined, name: string, sample: unknown) {
  if (!folder) return;
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, `${name}.json`), `${JSON.stringify(sample, null, 2)}\n`);
}

/** The report a person reads: one line per endpoint, aligned; then what the product relies on, each with what was found. */
export function formatLines(lines: CheckLine[]): string {
  const label = {
    ok: 'OK',
    'not-found': '404',
    shape: 'SHAPE',
    failed: 'FAILED',
    skipped: 'SKIPPED',
    wrong: 'WRONG',
    noted: 'NOTED',
  } as const;
  const endpoints = lines.filter((l) => !l.assumption);
  const width = Math.max(...endpoints.map((l) => l.title.length));
  const relied = lines
    .filter((l) => l.assumption)
    .map((l) => `${label[l.outcome].padEnd(7)} ${l.title}\n${' '.repeat(8)}${l.detail ?? ''} (${l.path})`);
  return [
    ...endpoints.map((l) => `${label[l.outcome].padEnd(7)} ${l.title.padEnd(width)}  ${l.detail ?? l.path}`),
    ...(relied.length
      ? ['', 'What the product relies on beyond the shapes (docs/tatodesk-contract.md, "Assumptions"):', ...relied]
      : []),
  ].join('\n');
}
