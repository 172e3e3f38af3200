import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { campaignArchived, minuteOperations, REPORT_DEFAULT_LIMIT, seedStatements } from '@/lib/tatodesk/contract/seed';

// The seed is kept in the repository (docs/tatodesk-api.txt); where the organisation's own copy
// stands beside the checkout, the two must be the same text.
const copy = readFileSync('docs/tatodesk-api.txt', 'utf8');
const organisationCopy = '../shared/seed/tatodesk-api.txt';
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const seed = flat(copy);

describe("the seed's own words", () => {
  it('is the organisation’s copy of the documentation, unchanged', () => {
    if (existsSync(organisationCopy)) expect(copy).toBe(readFileSync(organisationCopy, 'utf8'));
    expect(copy).toContain('POST In-Person Services Report');
  });

  it.each(Object.entries(seedStatements))('quotes %s as the seed says it', (_, statement) => {
    expect(seed).toContain(flat(statement.quote));
  });

  it('numbers the minute filters as every one of them in the seed does', () => {
    const names: Record<string, keyof typeof minuteOperations> = {
      Less: 'less',
      'Less or equal': 'lessOrEqual',
      Greater: 'greater',
      'Greater or equal': 'greaterOrEqual',
      Between: 'between',
    };
    const lists = [...seed.matchAll(/numeric value with the operation\. ((?:\d - [A-Za-z ]+?)+)(?= value \(|$)/g)];
    expect(lists.length).toBeGreaterThanOrEqual(8); // five filters of one report, three of another
    for (const [, list] of lists) {
      const stated = Object.fromEntries(
        [...list!.matchAll(/(\d) - ([A-Za-z ]+?)(?= \d - |$)/g)].map(([, code, name]) => [
          names[name!.trim()],
          Number(code),
        ]),
      );
      expect(stated).toEqual(minuteOperations);
      expect(Object.keys(stated)).toHaveLength(5);
    }
  });

  it('takes the default page size the report states, and pages from 0', () => {
    expect(flat(seedStatements.reportLimit.quote)).toMatch(new RegExp(`default value is ${REPORT_DEFAULT_LIMIT}\\.$`));
    expect(seedStatements.reportPage.quote).toContain('values starting from 0');
  });

  it('keeps the campaign report’s archived codes', () => {
    const after = seed.slice(seed.indexOf(flat(seedStatements.campaignArchived.quote)));
    expect(after).toMatch(new RegExp(`^.*?${campaignArchived.yes} - Yes ${campaignArchived.no} - No`));
  });
});
