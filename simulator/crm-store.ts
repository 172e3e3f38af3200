import { crmObjects } from './dataset/crm';
import { invalid, notFound } from './errors';
import type { SimCrmRecord, SimState } from './state';

/** The CRM's objects as the seed describes them (List, Create, Edit, Delete Object), in the simulator's state. */
export class SimCrm {
  constructor(
    private readonly state: () => SimState,
    private readonly now: () => Date,
    private readonly save: () => void,
  ) {}

  private object(apiName: string): SimCrmRecord[] {
    if (!crmObjects[apiName]) throw notFound('CRM object');
    return (this.state().crm[apiName] ??= []);
  }

  private checkRequired(apiName: string, fields: SimCrmRecord['fields']): void {
    const missing = crmObjects[apiName]!.required.filter(
      (f) => fields[f] === undefined || fields[f] === null || fields[f] === '',
    );
    if (missing.length) throw invalid(`required fields missing: ${missing.join(', ')}`);
  }

  records(apiName: string): readonly SimCrmRecord[] {
    return this.object(apiName);
  }

  /** `createdAt`: a record made long ago, as an account that has run for years holds (control only). */
  create(apiName: string, fields: SimCrmRecord['fields'], createdAt?: string): SimCrmRecord {
    const records = this.object(apiName);
    this.checkRequired(apiName, fields);
    const at = createdAt ?? this.now().toISOString();
    const record = { ID: `rec_${this.state().nextCrmID++}`, fields, createdAt: at, updatedAt: at };
    records.push(record);
    this.save();
    return record;
  }

  edit(apiName: string, ID: string, fields: SimCrmRecord['fields']): SimCrmRecord {
    const record = this.object(apiName).find((r) => r.ID === ID) ?? raise(notFound('CRM record'));
    const next = { ...record.fields, ...fields };
    this.checkRequired(apiName, next);
    record.fields = next;
    record.updatedAt = this.now().toISOString();
    this.save();
    return record;
  }

  delete(apiName: string, ID: string): void {
    const records = this.object(apiName);
    const index = records.findIndex((r) => r.ID === ID);
    if (index < 0) throw notFound('CRM record');
    records.splice(index, 1);
    this.save();
  }
}

function raise(error: Error): never {
  throw error;
}
