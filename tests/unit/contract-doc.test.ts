import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderContract } from '@/lib/tatodesk/contract/contract-doc';

it('docs/tatodesk-contract.md matches the schemas (run `npm run contract:doc` after changing them)', () => {
  expect(readFileSync('docs/tatodesk-contract.md', 'utf8')).toBe(renderContract());
});
