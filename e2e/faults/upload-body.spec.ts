import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { expect, newCitizen, test } from '../fixtures';
import { bookElsewhere, leaseTime } from '../fixtures/booking-helpers';
import { startInstance } from '../fixtures/instances';
import { typeInto } from '../fixtures/journey';
import { campinasCertificate } from '../fixtures/places';

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

test('a 300 MB upload is refused with 413 before it is read, and the server does not grow by it', async ({
  page,
  simulator,
}) => {
  const instance = await startInstance();
  try {
    const citizen = newCitizen('Bruno Corpo Grande');
    const at = await leaseTime(simulator, campinasCertificate);
    const protocol = await bookElsewhere(simulator, campinasCertificate, at, citizen);
    await page.goto(`${instance.url}/appointments`);
    await typeInto(page.getByRole('textbox', { name: 'Número do protocolo' }), protocol);
    await typeInto(page.getByRole('textbox', { name: 'CPF', exact: true }), citizen.cpf);
    await typeInto(page.getByRole('textbox', { name: 'E-mail ou celular informado no agendamento' }), citizen.email);
    await page.getByRole('button', { name: 'Consultar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Seu agendamento' })).toBeVisible();
    const cookie = (await page.context().cookies(instance.url)).map((c) => `${c.name}=${c.value}`).join('; ');
    const url = `${instance.url}/appointments/${protocol}/attachments`;
    const before = rssMb(instance.pid);

    // Declared: refused on its headers, before a byte of it is read.
    const declared = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(url, {
        method: 'POST',
        headers: {
          cookie,
          accept: 'application/json',
          'content-type': 'multipart/form-data; boundary=----drill',
          'content-length': String(300 * 1024 * 1024),
        },
      });
      request.on('response', (response) => {
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', reject);
      request.write('------drill\r\n');
    });
    expect(declared).toBe(413);

    // Streamed, with no length: cut off once past the limit, never buffered whole.
    const chunk = new Uint8Array(1024 * 1024).fill(0x41);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 300) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const streamed = await fetch(url, {
      method: 'POST',
      headers: {
        cookie,
        accept: 'application/json',
        'content-type': 'multipart/form-data; boundary=----drill',
      },
      body,
      duplex: 'half',
    } as RequestInit).catch(() => undefined);
    if (streamed) expect(streamed.status).toBe(413);
    expect(rssMb(instance.pid) - before).toBeLessThan(150);
  } finally {
    await instance.kill();
  }
});
