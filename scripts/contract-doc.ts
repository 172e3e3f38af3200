import { writeFileSync } from 'node:fs';
import { renderContract } from '@/lib/tatodesk/contract/contract-doc';

writeFileSync('docs/tatodesk-contract.md', renderContract());
console.log('docs/tatodesk-contract.md written');
