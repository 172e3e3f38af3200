import type { Assumption } from './assumption';
import { engagementAssumptions } from './assumptions-engagement';

export type { Assumption } from './assumption';

const core = {
  'minute-operations': {
    what: 'The minute filters’ operation codes (1 less, 2 less or equal, 3 greater, 4 greater or equal, 5 between); "waited more than N" is 3',
    stated: 'minuteOperations',
    check: 'on today’s report, every row answered for operations 1–4 at one value meets that operation',
    other: 'same',
  },
  'value-final': {
    what: '`valueFinal` is sent whenever the operation is 5 (the schema refuses a Between without it)',
    stated: 'valueFinal',
    other: 'same',
  },
  'report-dates': { what: 'Dates sent as DD/MM/YYYY', stated: 'reportDates', other: 'same' },
  'report-page': { what: 'Pages count from 0', stated: 'reportPage', other: 'same' },
  'report-limit': {
    what: 'A report page holds at most 1000 rows unless asked for fewer; the product never asks for more',
    stated: 'reportLimit',
    other: 'same',
  },
  'report-filters': {
    what: 'The In-Person Services Report filters by company, unit, type, status, protocol, code, form answer',
    stated: 'reportIdLists',
    check: 'rows asked for one status all carry that status',
    other: 'same',
  },
  'media-uuid': { what: 'The WhatsApp media upload answers a UUID', stated: 'mediaUuid', other: 'same' },
  paths: {
    what: 'The paths (`/v1/…`) of every endpoint',
    why: 'The seed gives titles, not paths.',
    ifWrong: 'Every page that reads that endpoint says the service is unavailable.',
    holds: 'corrected in one place, `contract/endpoints.ts`',
    check: 'each read the product makes is called; a 404 names its path',
    other: 'same',
  },
  'api-key-header': {
    what: 'The API key travels in an `api-key` header',
    why: 'The seed says an API key is used, not how.',
    ifWrong: 'Every page says the service is unavailable; the log says unauthorized.',
    check: 'a 401 or 403 is named as a key problem',
    other: 'same',
  },
  envelopes: {
    what: 'Answers wrapped as `{ "data": … }`, paged ones with `page`, `limit`, `total`',
    why: 'The seed’s response examples are empty.',
    ifWrong: 'Pages that read the endpoint say the service is unavailable (a contract error is logged).',
    check: 'every read is parsed; a failing field is named with the value received',
    other: 'same',
  },
  'error-codes': {
    what: 'Errors as a non-2xx status with `{ "error": { "code", "message" } }`; a taken time is 409 `SLOT_UNAVAILABLE`',
    why: 'The seed shows no error.',
    ifWrong:
      'A time taken meanwhile is answered as a refusal with the upstream’s words instead of "choose another time".',
    holds: 'any other 4xx is a calm refusal; nothing is booked twice either way',
    other: 'same',
  },
  'entity-fields': {
    what: 'The fields of each answer (`ID`, `name`, `address`, `requiredDocuments`, `vacancies`, `client`, …)',
    why: 'The seed’s response examples are empty.',
    ifWrong: 'The page that reads it says the service is unavailable.',
    check: 'every read is parsed; a failing field is named with the value received',
    other: 'same',
  },
  'id-form': {
    what: 'Ids and status codes as numbers',
    why: 'Not stated.',
    ifWrong: 'Nothing: a string of digits is read alike.',
    holds: 'tolerated: a number or a string of digits',
    check: 'every read is parsed',
    other: 'otherwise',
  },
  'date-form': {
    what: 'Dates answered as DD/MM/YYYY',
    why: 'The seed names the format for requests only.',
    ifWrong: 'Nothing: ISO YYYY-MM-DD is read alike.',
    holds: 'tolerated',
    check: 'every read is parsed',
    other: 'otherwise',
  },
  'unknown-fields': {
    what: 'No field beyond those the product reads',
    why: 'Not stated.',
    ifWrong: 'Nothing: unknown fields are ignored.',
    holds: 'tolerated',
    other: 'otherwise',
  },
  'absent-optional': {
    what: 'Optional fields given (or null) rather than left out',
    why: 'Not stated.',
    ifWrong: 'Nothing: an optional field left out is read as not given.',
    holds: 'tolerated',
    other: 'otherwise',
  },
  'period-ids': {
    what: 'The ids of a day’s periods',
    why: 'The seed names periods by example only ("e.g.: morning, afternoon, evening").',
    ifWrong: 'Were they guessed (they were: 1, 2, 3), every day would show no time and no one could book.',
    holds: 'discovered: List Periods for the day, then List Hours for each period it answers',
    check: 'every period List Periods answers for a day answers List Hours',
    other: 'otherwise',
  },
  'period-names': {
    what: 'Period names',
    why: 'Examples only.',
    ifWrong: 'Nothing: the page groups a day’s times by the clock (morning before 12:00, afternoon before 18:00).',
    holds: 'not relied on',
    other: 'otherwise',
  },
  'period-vacancies': {
    what: 'A period’s vacancy count',
    why: 'Not stated.',
    ifWrong: 'Nothing: a period without a count is asked for its hours; one with 0 is not.',
    holds: 'tolerated',
    other: 'otherwise',
  },
  'status-ids': {
    what: 'Appointment status ids (1 scheduled, 2 checked in, 3 in service, 4 finished, 5 cancelled, 6 no-show)',
    why: 'The seed states no status list.',
    ifWrong:
      'A cancelled appointment would read as active (and "requested" never become "cancelled"); reminders would go to the wrong people; the staff day and the managers’ week would count wrong.',
    holds:
      'configured: TATODESK_STATUS_IDS; a status outside it shows with the upstream’s label and counts as none; a lost create is reconciled without trusting status ids',
    check: 'every status seen in today’s report is one of TATODESK_STATUS_IDS',
    other: 'otherwise',
  },
  'delivery-status-ids': {
    what: 'Delivery status ids of the Ad-hoc Notifications Report (1 queued, 2 sent, 3 delivered, 4 read, 5 failed)',
    why: 'The seed states no status list.',
    ifWrong: 'A WhatsApp message that failed would not be followed by the SMS.',
    holds: 'configured: TATODESK_DELIVERY_STATUS_IDS',
    check: 'every status seen in today’s notifications report is one of TATODESK_DELIVERY_STATUS_IDS',
    other: 'otherwise',
  },
  'notification-filters': {
    what: 'The Ad-hoc Notifications Report filtered by notification id, metadata and channel',
    why: 'The seed lists "period, service, user, API key or template" only.',
    ifWrong:
      'Were the first row trusted, a message could be taken for another’s: sent twice, or its SMS fallback missed.',
    holds: 'each row is checked itself (id, channel, metadata), every page read',
    check: 'notes whether the account honours them',
    other: 'otherwise',
  },
  'page-size': {
    what: 'A page holds as many rows as the limit asked for',
    why: 'The seed states a default, not that it is honoured.',
    ifWrong: 'Rows beyond the first page would be missed (reminders, a lost create’s reconciliation).',
    holds: 'tolerated: pages are followed by the size the first page answers',
    check: 'notes the page size the report answers',
    other: 'otherwise',
  },
  'list-order': {
    what: 'Lists in order',
    why: 'Not stated.',
    ifWrong: 'Nothing: days and hours are put in order by the product.',
    holds: 'tolerated',
    other: 'otherwise',
  },
  'crm-filters': {
    what: 'CRM List Objects filtered and sorted as `filters: [{ field, operator, value }]`, `sort: { field, order }`',
    why: 'The seed says filters and sorts exist, not their shape.',
    ifWrong: 'Were the first record trusted, a request could be shown on another appointment.',
    holds: 'each record is checked and the list ordered by the product, every page read',
    check: 'notes whether the account honours them',
    other: 'otherwise',
  },
  'crm-created-at': {
    what: 'A CRM record carries its own creation time, `createdAt` (ISO), by which requests past CRM_RETENTION_DAYS are deleted',
    why: 'The seed says records are created and deleted by ID, not which times they carry.',
    ifWrong:
      'The List Objects answer fails its shape and the sweep deletes nothing (logged); a time that does not parse keeps its record.',
    holds: 'the age is checked record by record on the upstream’s clock, never by a filter',
    check: 'each configured object’s List Objects answer is parsed (`createdAt` required)',
    other: 'same',
  },
  'crm-fields': {
    what: 'The configured CRM objects have the fields the product writes',
    why: 'The objects are the organisation’s own configuration.',
    ifWrong: 'A cancellation or data request cannot be recorded; the citizen is told so, calmly.',
    check: 'a record of each configured object holds every field the product writes (skipped while it has none)',
    other: 'same',
  },
  'report-hour': {
    what: 'Report rows of appointments carry their `hour`, and `scheduled: true`',
    why: 'Not stated; the report is about in-person attendances, appointments among them.',
    ifWrong:
      'Reminders would not go, and a lost create could not be found (the citizen is told "we are checking"); the managers’ week would count bookings as walk-ins.',
    check: 'today’s scheduled rows carry an hour',
    other: 'same',
  },
  'report-minutes': {
    what: 'Report rows carry `waitingTime` and `attendanceTime` in minutes',
    why: 'The filters are in minutes; the fields are not stated.',
    ifWrong:
      'The staff day and the managers’ week show no waits or service times; the minute filter still works upstream.',
    check: 'read by the minute-filter check',
    other: 'otherwise',
  },
  'unit-time-zone': {
    what: 'A unit’s `timeZone`, an IANA name; Brasília when absent',
    why: 'Not stated; units stand in several zones.',
    ifWrong: 'Times would be written in Brasília time for a unit elsewhere.',
    check: 'every unit read is parsed; an unknown zone is named',
    other: 'same',
  },
  'attendance-client': {
    what: 'Query Appointment answers the client (name, CPF, e-mail, phone) and the answers given',
    why: 'The seed says it retrieves "the complete details".',
    ifWrong: 'A citizen could not open their appointment (the lookup compares the CPF).',
    check: 'with --protocol, the answer is parsed',
    other: 'same',
  },
  'create-fields': {
    what: 'Create Appointment and Create In-Person Service take `client` and `form` answers as the product sends them',
    why: 'The request examples are empty.',
    ifWrong: 'Booking is refused; the citizen is told calmly and nothing typed is lost.',
    other: 'same',
  },
  'walk-in-answers': {
    what: 'A walk-in keeps the `form` answers it was created with (the product adds one, `walkInKey`), in the In-Person Services Report’s row or in Get In-Person Service',
    why: 'The seed says Get In-Person Service returns the attendance’s details; the report’s rows list form answers it can filter by.',
    ifWrong:
      'A walk-in whose create answer was lost is not found: the clerk is told it is being checked, and once it could have landed, sending again registers it a second time.',
    holds: 'tolerated: the report’s answers first, Get In-Person Service’s when the row carries none',
    other: 'same',
  },
  'attachment-urls': {
    what: 'Add Attachments takes `{ name, url }` with URLs the product serves',
    why: 'The seed says files are "sent through pre-stored URLs on Tatodesk’s server".',
    ifWrong: 'Documents are refused; the citizen is told and may try again.',
    other: 'same',
  },
  'receipt-documents': {
    what: 'A file from the WhatsApp media upload travels in a WhatsApp template’s header `{ type: "document", id }` and, by its `url`, as an e-mail attachment `{ name, url }`',
    why: 'The seed states the header («Use this UUID in the "id" field inside templatePayload -> header») and that the e-mail "Supports sending attachments", but not the attachment’s fields, nor that the upload’s URL serves an e-mail.',
    ifWrong:
      'The message is refused with the receipt: it is sent again without it (logged and counted); the citizen still has the receipt page.',
    holds: 'tolerated: a send refused with the documents goes again without them; NOTIFY_RECEIPT=off sends none',
    check: 'with --write, a test PDF uploaded and carried in the WhatsApp header and on the e-mail',
    other: 'same',
  },
  'contact-center-schedules': {
    what: 'List Service Schedules and List Service Schedule Exceptions take `{ groupID }` and answer `data[]` of `{ weekDay, start, end }` and of `{ date, description, closed, start?, end? }`',
    why: 'The seed names the filters ("attendance group, specialization, subspecialization, area and subarea") and what an exception is ("holidays, maintenance or specific events"), not the fields.',
    ifWrong:
      'A closed day on the calendar says no reason, and the help line’s hours are not shown; booking is never blocked.',
    holds: 'tolerated: a failed read is logged and the page says less',
    check: 'with HELP_LINE_GROUPS set, each group’s schedules and exceptions are read and parsed',
    other: 'same',
  },
  'send-fields': {
    what: 'The e-mail, WhatsApp and SMS send fields (`templateID`, `to`/`phone`, `parameters`, `metadata`)',
    why: 'The request examples are empty.',
    ifWrong: 'Messages are refused and logged; the booking stands.',
    check: 'with --write, one message per channel to a test address',
    other: 'same',
  },
  'protocol-platforms': {
    what: 'Search by protocol names its platforms `inPerson`, `digital`, `ticket`',
    why: 'The seed names them in words ("digital attendance, in-person, tickets or MP").',
    ifWrong: 'Nothing breaks: a platform the product does not know is shown as "other".',
    holds: 'tolerated',
    check: 'with --protocol, the answer is parsed',
    other: 'same',
  },
  'notification-channels': {
    what: 'The Ad-hoc Notifications Report names channels `email`, `whatsapp`, `sms`',
    why: 'The seed says "SMS, email or WhatsApp".',
    ifWrong:
      'The report fails its shape: a lost send cannot be found, and its job waits and retries (it never sends twice blind).',
    check: 'today’s notifications report is parsed',
    other: 'same',
  },
  'upstream-clock': {
    what: 'The upstream’s `Date` header tells its time',
    why: 'HTTP says so; reminders are timed on the upstream’s clock.',
    ifWrong: 'Reminders are timed on this server’s clock instead.',
    other: 'same',
  },
} satisfies Record<string, Assumption>;

/** Every assumption, the survey's and Pulse's kept apart (assumptions-engagement.ts). */
export const assumptions = { ...core, ...engagementAssumptions };

export type AssumptionId = keyof typeof assumptions;
