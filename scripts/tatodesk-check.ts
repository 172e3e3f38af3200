// `npm run tatodesk:check`: checks a Tatodesk account against the contract the product is built on.
// Reads TATODESK_BASE_URL and TATODESK_API_KEY; prints one line per endpoint; exits 1 when any
// endpoint answered 404, broke a schema or failed. docs/going-live.md.
import { parseArgs } from 'node:util';
import PDFDocument from 'pdfkit';
import { z } from 'zod';
import { env as settings } from '@/lib/env';
import { crmFieldsWritten } from '@/lib/requests/crm-fields';
import { checkAccount, formatLines, toCorrect } from '@/lib/tatodesk/check';

const usage = `Usage: npm run tatodesk:check -- [--protocol P] [--save DIR] [--write --email A --phone 55DDNNNNNNNNN]

  --protocol P   also query this appointment (Query Appointment, Search by protocol, Get In-Person Service)
  --save DIR     where each raw answer is saved, personal data redacted (default: tatodesk-samples)
  --write        also send one test message per channel whose template is set (NOTIFY_*_TEMPLATE),
                 only to --email and --phone; nothing is ever created. Unless NOTIFY_RECEIPT=off, a
                 one-page test PDF is uploaded first and carried as the receipt is: in the WhatsApp
                 template's header, attached to the e-mail
`;

const argv = z.object({
  protocol: z
    .string()
    .regex(/^\d{6,40}$/, 'a protocol is digits')
    .optional(),
  save: z.string().min(1).default('tatodesk-samples'),
  write: z.boolean().default(false),
  email: z.email().optional(),
  phone: z
    .string()
    .regex(/^\d{12,13}$/, 'country code, area code and number, digits only')
    .optional(),
  help: z.boolean().default(false),
});
const environment = z.object({
  TATODESK_BASE_URL: z.url(),
  TATODESK_API_KEY: z.string().min(8),
  CRM_REQUESTS_OBJECT: z.string().optional(),
  CRM_DATA_REQUESTS_OBJECT: z.string().optional(),
  NOTIFY_EMAIL_TEMPLATE: z.string().optional(),
  NOTIFY_WHATSAPP_TEMPLATE: z.string().optional(),
  NOTIFY_SMS_TEMPLATE: z.string().optional(),
  NOTIFY_RECEIPT: z.enum(['on', 'off']).default('on'),
});

async function main() {
  const { values } = parseArgs({
    options: {
      protocol: { type: 'string' },
      save: { type: 'string' },
      write: { type: 'boolean' },
      email: { type: 'string' },
      phone: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const args = argv.safeParse(values);
  const env = environment.safeParse(process.env);
  if (!args.success || args.data.help) {
    console.error(args.success ? usage : `${z.prettifyError(args.error)}\n\n${usage}`);
    process.exit(args.success ? 0 : 2);
  }
  if (!env.success) {
    console.error(`Set TATODESK_BASE_URL and TATODESK_API_KEY.\n${z.prettifyError(env.error)}`);
    process.exit(2);
  }
  const e = env.data;
  const { protocol, save, write, email, phone } = args.data;
  if (write && !email && !phone) {
    console.error('--write sends only to a test address: give --email, --phone or both.');
    process.exit(2);
  }
  const lines = await checkAccount({
    baseUrl: e.TATODESK_BASE_URL,
    apiKey: e.TATODESK_API_KEY,
    protocol,
    saveTo: save,
    crmObjects: [e.CRM_REQUESTS_OBJECT, e.CRM_DATA_REQUESTS_OBJECT].filter((name): name is string => Boolean(name)),
    helpLineGroups: [...new Set(settings().helpLine.groups.map((g) => g.groupId))],
    surveyFormId: settings().survey.formId,
    pulseApp: settings().pulseApp,
    today: new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(new Date()),
    codes: settings().tatodesk.codes,
    crmFields: Object.fromEntries(
      (
        [
          [e.CRM_REQUESTS_OBJECT, crmFieldsWritten.requests],
          [e.CRM_DATA_REQUESTS_OBJECT, crmFieldsWritten.dataRequests],
        ] as [string | undefined, readonly string[]][]
      ).filter((entry): entry is [string, readonly string[]] => Boolean(entry[0])),
    ),
    write: write
      ? {
          email: email && e.NOTIFY_EMAIL_TEMPLATE ? { to: email, templateId: e.NOTIFY_EMAIL_TEMPLATE } : undefined,
          whatsapp: phone && e.NOTIFY_WHATSAPP_TEMPLATE ? { phone, templateId: e.NOTIFY_WHATSAPP_TEMPLATE } : undefined,
          sms: phone && e.NOTIFY_SMS_TEMPLATE ? { phone, templateId: e.NOTIFY_SMS_TEMPLATE } : undefined,
          document: e.NOTIFY_RECEIPT === 'on' ? await testDocument() : undefined,
        }
      : undefined,
  });
  console.log(formatLines(lines));
  const broken = toCorrect(lines);
  const count = (outcome: string) => lines.filter((l) => l.outcome === outcome).length;
  console.log(
    `\n${count('ok')} OK, ${broken.length} to correct, ${count('noted')} noted, ${count('skipped')} skipped. ` +
      `Raw answers (redacted): ${save}/`,
  );
  process.exit(broken.length > 0 ? 1 : 0);
}

/** A one-page PDF that says what it is, as the receipt travels (lib/receipt/pdf.ts draws the real one). */
function testDocument(): Promise<{ bytes: Uint8Array; name: string; type: string }> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: 'tatodesk:check' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(16).text('tatodesk:check: documento de teste / test document');
  doc.end();
  return done.then((bytes) => ({ bytes, name: 'tatodesk-check.pdf', type: 'application/pdf' }));
}

void main();
