import type { z } from 'zod';
import { probeAssumptions, type ProbedDay } from './check-assumptions';
import { redact, save } from './check-output';
import type { Asked, CheckLine, CheckOptions } from './check-types';
import { endpoint, type EndpointName, type RequestOf, type ResponseOf } from './contract/endpoints';
import { toWireDate } from './contract/wire/common';

/**
 * `npm run tatodesk:check`: every read the product makes, against a real account, in the order a
 * citizen walks the chain, each fed the ids the one before it answered. One line per endpoint:
 * OK, the path that answered 404, or the schema's failing fields with the value received. Each raw
 * answer is saved (personal data redacted) so the wire schemas can be corrected from real samples.
 * Nothing is created or sent unless `write` is given, and then only the sends, to a test address.
 */
export type { Ask, CheckLine, CheckOptions } from './check-types';
export { formatLines, redact } from './check-output';

/** Lines that ask for a correction: of the contract, or of a setting. */
export const toCorrect = (lines: CheckLine[]) =>
  lines.filter(
    (l) => l.outcome === 'not-found' || l.outcome === 'shape' || l.outcome === 'failed' || l.outcome === 'wrong',
  );

export async function checkAccount(options: CheckOptions): Promise<CheckLine[]> {
  const lines: CheckLine[] = [];
  /** The day the chain reached, for the assumptions' probes. */
  let day: ProbedDay | undefined;
  const doFetch = options.fetch ?? fetch;

  /** One call, without a line: what it answered when it matched the contract, or what went wrong. */
  async function ask<N extends EndpointName>(name: N, body: RequestOf<N>, file?: Blob): Promise<Asked<N>> {
    const ep = endpoint(name);
    const request = ep.request.safeParse(body);
    if (!request.success) {
      return { outcome: 'failed', detail: `the product could not build the request: ${issues(request.error, body)}` };
    }
    let status: number;
    let json: unknown;
    // A file goes as the adapter sends it (lib/tatodesk/client.ts): one `file` part, named.
    const form = file && new FormData();
    form?.set('file', file!, (request.data as { fileName?: string }).fileName);
    try {
      const response = await doFetch(new URL(ep.path, options.baseUrl), {
        method: 'POST',
        headers: {
          accept: 'application/json',
          ...(form ? {} : { 'content-type': 'application/json' }),
          'api-key': options.apiKey,
        },
        body: form ?? JSON.stringify(request.data),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      status = response.status;
      const text = await response.text();
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = { unparseable: text.slice(0, 200) };
      }
    } catch (error) {
      return { outcome: 'failed', detail: `no answer: ${(error as Error).message}` };
    }
    await save(options.saveTo, name, { status, body: redact(json) });
    if (status === 404) return { outcome: 'not-found', status, detail: `POST ${ep.path} answered 404` };
    if (status < 200 || status >= 300) {
      return {
        outcome: 'failed',
        status,
        detail: `HTTP ${status}${status === 401 || status === 403 ? ' (is the API key right?)' : ''}`,
      };
    }
    const parsed = ep.response.safeParse(json);
    if (!parsed.success) return { outcome: 'shape', status, detail: issues(parsed.error, json) };
    return { outcome: 'ok', status, data: parsed.data as ResponseOf<N> };
  }

  /** One call and its line: what it answered when it matched the contract (nothing otherwise). */
  async function call<N extends EndpointName>(
    name: N,
    body: RequestOf<N>,
    file?: Blob,
  ): Promise<ResponseOf<N> | undefined> {
    const ep = endpoint(name);
    const answer = await ask(name, body, file);
    lines.push({ endpoint: name, title: ep.title, path: ep.path, outcome: answer.outcome, detail: answer.detail });
    return answer.data;
  }

  const skip = (name: EndpointName, why: string) =>
    lines.push({
      endpoint: name,
      title: endpoint(name).title,
      path: endpoint(name).path,
      outcome: 'skipped',
      detail: why,
    });

  // The catalogue, as the staff views and the set-up read it.
  const companies = await call('listCompaniesByUser', {});
  const company = (companies?.data.find((c) => c.schedulingEnabled) ?? companies?.data[0])?.ID;
  if (company === undefined) {
    for (const name of chainAfterCompanies) skip(name, 'needs a company from List companies by user');
  } else {
    await call('listUnitsByUser', { companyIDs: [company] });
    await call('listClassifications', { companyID: company });
    await call('listCategories', { companyID: company });
    // The scheduling chain, in a citizen's order.
    const categories = await call('listSchedulingCategories', { companyID: company });
    const category = categories?.data[0]?.ID;
    if (category === undefined) {
      for (const name of chainAfterCategories) skip(name, 'needs a category from List Categories for Scheduling');
    } else {
      await call('listServiceTypes', { categoryID: category });
      const types = await call('listSchedulingServiceTypes', { categoryID: category });
      const type = types?.data[0]?.ID;
      if (type === undefined) {
        for (const name of chainAfterTypes) skip(name, 'needs a service type from List Service Types for Scheduling');
      } else {
        await walkFromType(type);
      }
    }
  }

  async function walkFromType(type: number) {
    await call('listFormFields', { attendanceTypeID: type });
    const regions = await call('listSchedulingRegions', { attendanceTypeIDs: [type] });
    const region = regions?.data[0]?.ID;
    if (region === undefined) {
      for (const name of chainAfterRegions) skip(name, 'needs a region from List Regions for Scheduling');
      return;
    }
    const units = await call('listSchedulingUnits', { attendanceTypeID: type, regionID: region });
    const unit = units?.data[0]?.ID;
    if (unit === undefined) {
      for (const name of chainAfterUnits) skip(name, 'needs a unit from List Service Units for Scheduling');
      return;
    }
    const scope = { attendanceUnitID: unit, attendanceTypeID: type };
    const dates = await call('listSchedulingDates', scope);
    const date = (dates?.data.find((day) => day.vacancies > 0) ?? dates?.data[0])?.date;
    if (date === undefined) {
      for (const name of chainAfterDates) skip(name, 'needs a day from List Dates for Scheduling');
      return;
    }
    const periods = await call('listSchedulingPeriods', { ...scope, date });
    if (periods) day = { scope, date, periods: periods.data };
    const period = (periods?.data.find((p) => (p.vacancies ?? 1) > 0) ?? periods?.data[0])?.periodID;
    if (period === undefined) skip('listSchedulingHours', 'needs a period from List Periods for Scheduling');
    else await call('listSchedulingHours', { ...scope, date, periodID: period });
  }

  // The reports the staff views and the notices read, for today.
  const today = toWireDate(options.today);
  const report = await call('inPersonReport', { filter: { dateInitial: today, dateFinal: today }, page: 0, limit: 5 });
  await call('notificationsReport', { filter: { dateInitial: today, dateFinal: today }, page: 0, limit: 5 });
  for (const apiName of options.crmObjects ?? []) await call('listObjects', { apiName, page: 0, limit: 5 });
  if (!options.crmObjects?.length) skip('listObjects', 'no CRM object configured');
  // The Contact Center groups whose hours and exceptions the calendar and the help line read.
  for (const groupID of options.helpLineGroups ?? []) {
    await call('listServiceSchedules', { groupID });
    await call('listServiceScheduleExceptions', { groupID });
  }
  if (!options.helpLineGroups?.length) {
    skip('listServiceSchedules', 'no help line group configured (HELP_LINE_GROUPS)');
    skip('listServiceScheduleExceptions', 'no help line group configured (HELP_LINE_GROUPS)');
  }

  // The survey's form, and with --write one test answer to it, under a reference no attendance has.
  const survey = options.surveyFormId ? await call('getSurveyForm', { formID: options.surveyFormId }) : undefined;
  if (!options.surveyFormId) skip('getSurveyForm', 'no survey form configured (SURVEY_FORM_ID)');
  if (survey && options.write) {
    const { scale, questions } = survey.data;
    const answers = questions
      .filter((q) => q.required)
      .map((q) => ({
        questionID: q.ID,
        value: q.type === 'scale' ? scale.min : q.type === 'choice' ? (q.options[0]?.ID ?? 0) : 'tatodesk:check',
      }));
    await call('registerFormAnswers', {
      formID: survey.data.ID,
      reference: 'TATODESK-CHECK',
      answers: answers.length ? answers : [{ questionID: questions[0]!.ID, value: scale.min }],
    });
  }

  // Pulse: with --write, a session for a test journey and one event in it.
  if (options.pulseApp && options.write) {
    const session = await call('createAppSession', {
      app: options.pulseApp,
      platform: 'web',
      externalID: 'tatodesk-check',
      language: 'pt-BR',
    });
    if (session) {
      await call('registerEvent', {
        sessionID: session.data.sessionID,
        name: 'tatodesk-check',
        properties: { step: 'check' },
        occurredAt: new Date().toISOString(),
      });
    }
  }

  // One appointment, when a protocol is given (the report's first row serves for Get In-Person Service).
  let attendance = report?.data[0]?.attendanceID;
  if (options.protocol) {
    const query = await call('queryAppointment', { protocol: options.protocol });
    attendance = query?.data.attendanceID ?? attendance;
    await call('searchByProtocol', { protocol: options.protocol });
  } else {
    skip('queryAppointment', 'give --protocol to query an appointment');
    skip('searchByProtocol', 'give --protocol to search for it');
  }
  if (attendance === undefined) skip('getInPersonService', 'needs an attendance (today’s report or --protocol)');
  else await call('getInPersonService', { attendanceID: attendance });

  // What the product relies on beyond the shapes: proved by reads where a read can.
  lines.push(...(await probeAssumptions(ask, options, day)));

  // Writes: never without `write`, and then only the sends, to the test addresses given.
  const { write } = options;
  const parameters = { protocol: 'TESTE', service: 'tatodesk:check' };
  // The receipt's way: a document uploaded once, then in the WhatsApp header and on the e-mail.
  const document = write?.document;
  const uploaded =
    document && (write.email || write.whatsapp)
      ? (
          await call(
            'uploadWhatsAppMedia',
            { fileName: document.name, contentType: document.type, size: document.bytes.byteLength },
            new Blob([new Uint8Array(document.bytes)], { type: document.type }),
          )
        )?.data
      : undefined;
  if (write?.email) {
    await call('sendEmail', {
      templateID: write.email.templateId,
      to: [{ email: write.email.to }],
      parameters,
      ...(uploaded && document ? { attachments: [{ name: document.name, url: uploaded.url }] } : {}),
    });
  }
  if (write?.whatsapp) {
    await call('sendWhatsApp', {
      templateID: write.whatsapp.templateId,
      phone: write.whatsapp.phone,
      templatePayload: {
        ...(uploaded ? { header: { type: 'document' as const, id: uploaded.mediaID } } : {}),
        body: { parameters: Object.values(parameters) },
      },
    });
  }
  if (write?.sms) await call('sendSms', { templateID: write.sms.templateId, phone: write.sms.phone, parameters });
  return lines;
}

const chainAfterRegions: EndpointName[] = [
  'listSchedulingUnits',
  'listSchedulingDates',
  'listSchedulingPeriods',
  'listSchedulingHours',
];
const chainAfterUnits = chainAfterRegions.slice(1);
const chainAfterDates = chainAfterRegions.slice(2);
const chainAfterTypes: EndpointName[] = ['listFormFields', 'listSchedulingRegions', ...chainAfterRegions];
const chainAfterCategories: EndpointName[] = ['listServiceTypes', 'listSchedulingServiceTypes', ...chainAfterTypes];
const chainAfterCompanies: EndpointName[] = [
  'listUnitsByUser',
  'listClassifications',
  'listCategories',
  'listSchedulingCategories',
  ...chainAfterCategories,
];

/** The failing fields, each with the value received (personal data redacted), at most five. */
function issues(error: z.ZodError, received: unknown): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.join('.') || '(the answer)';
      const value = issue.path.reduce<unknown>(
        (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
        redact(received),
      );
      return `${path}: ${issue.message} (received ${value === undefined ? 'nothing' : JSON.stringify(value)})`;
    })
    .join('; ');
}
