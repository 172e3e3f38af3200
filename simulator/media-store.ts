import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UploadedFile } from './http';
import type { SimState } from './state';

/** WhatsApp's uploaded media: the records in the state, the bytes in memory and, with a state file, beside it. */
export class SimMedia {
  private files = new Map<string, UploadedFile>();

  constructor(
    private readonly state: () => SimState,
    private readonly stateFile: string | undefined,
    private readonly save: () => void,
  ) {}

  /** An uploaded file: its record in the state, its bytes in memory and, with a state file, beside it. */
  add(record: SimState['media'][number], file: UploadedFile): void {
    this.state().media.push(record);
    this.files.set(record.mediaID, file);
    const dir = this.dir();
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, record.mediaID), file.bytes);
      writeFileSync(join(dir, `${record.mediaID}.json`), JSON.stringify({ name: file.name, type: file.type }));
    }
    this.save();
  }

  file(id: string): UploadedFile | undefined {
    const dir = this.dir();
    if (this.files.has(id) || !dir || !/^[0-9a-f-]{36}$/.test(id)) return this.files.get(id);
    try {
      const meta = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as { name: string; type: string };
      return { ...meta, bytes: readFileSync(join(dir, id)) };
    } catch {
      return undefined;
    }
  }

  private dir = () => (this.stateFile ? `${this.stateFile}.media` : undefined);
}
