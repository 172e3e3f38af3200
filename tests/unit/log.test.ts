import { Writable } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { STORE_UNAVAILABLE } from '@/lib/failure';
import { consoleAsJson, createLogger } from '@/lib/ops/log';

const original = { log: console.log, info: console.info, warn: console.warn, error: console.error };
afterEach(() => Object.assign(console, original));

/** A logger whose lines this test reads, with Next's console.* sent through it as the server does. */
function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  consoleAsJson(createLogger(destination));
  return () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

it('an error no page caught is one JSON line, with the reference the citizen’s error page shows as its request id', async () => {
  const read = capture();
  // What Next does with a server component's error: its digest is what error.tsx shows.
  const error = Object.assign(new RangeError('Invalid time value'), { digest: '2338474721' });
  console.error(error);
  await new Promise((resolve) => setImmediate(resolve));
  const lines = read();
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({
    level: 50,
    service: 'booking',
    source: 'server',
    requestId: '2338474721',
    err: { name: 'RangeError', message: 'Invalid time value' },
  });
});

it('the shared store’s error names the failure, not a request; Next’s other messages are JSON too', async () => {
  const read = capture();
  console.error(Object.assign(new Error('redis is away'), { digest: STORE_UNAVAILABLE }));
  console.warn('\u001b[33m⚠\u001b[39m a warning from Next');
  await new Promise((resolve) => setImmediate(resolve));
  const [store, warning] = read();
  expect(store).toMatchObject({ failure: STORE_UNAVAILABLE });
  expect(store).not.toHaveProperty('requestId');
  expect(warning).toMatchObject({ level: 40, msg: '⚠ a warning from Next' });
});

it('never writes a CPF or an API key given as a field', async () => {
  const lines: string[] = [];
  const logger = createLogger(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  );
  logger.warn({ cpf: '52998224725', client: { cpf: '52998224725' }, apiKey: 'secret-key-123' }, 'careless');
  await new Promise((resolve) => setImmediate(resolve));
  expect(lines.join('')).not.toMatch(/52998224725|secret-key-123/);
});

it('never writes a person’s name, e-mail, phone, birth date or answers, as a field or inside any text', async () => {
  const lines: string[] = [];
  const logger = createLogger(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  );
  const person = {
    name: 'Joana Registro Sigilo',
    email: 'joana.sigilo@exemplo.com.br',
    phone: '92991234567',
    birthDate: '1950-04-02',
    answers: { plate: 'ABC1D23' },
  };
  logger.info(person, 'a careless line');
  logger.warn({ job: { to: person.email, parameters: { name: person.name } }, person }, 'deeper');
  logger.error(
    { err: { name: 'TatodeskError', message: `rejected: ${person.email} (92) 99123-4567 529.982.247-25` } },
    `upstream said 5592991234567 for protocol 20261201000123`,
  );
  await new Promise((resolve) => setImmediate(resolve));
  const text = lines.join('');
  for (const value of [
    person.name,
    person.email,
    person.phone,
    person.birthDate,
    'ABC1D23',
    '99123-4567',
    '529.982.247-25',
    '5592991234567',
  ])
    expect(text).not.toContain(value);
  // What is ours stays readable: the protocol, the error's name.
  expect(text).toContain('20261201000123');
  expect(text).toContain('TatodeskError');
});
