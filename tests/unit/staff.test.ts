import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_STAFF, parseEnv } from '@/lib/env';
import { pageRoles } from '@/lib/env/roles';
import { hashPassword, verifyPassword } from '@/lib/staff/password';

describe('staff passwords', () => {
  it('hash with a fresh salt and verify only the right password', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
  });

  it('the demonstration account is the documented password', async () => {
    expect(await verifyPassword('demo-recepcao-2026', DEMO_STAFF.hash)).toBe(true);
  });
});

describe('staff accounts', () => {
  const account = { TATODESK_BASE_URL: 'https://a.example.com', TATODESK_API_KEY: 'k'.repeat(32) };

  it('come from STAFF_ACCOUNTS, with no demonstration account on a real account', () => {
    expect(parseEnv(account).staff.accounts.size).toBe(0);
    const { accounts } = parseEnv({
      ...account,
      STAFF_ACCOUNTS: `ana=${DEMO_STAFF.hash}; bia:manager=${DEMO_STAFF.hash}`,
    }).staff;
    expect([...accounts]).toEqual([
      ['ana', { hash: DEMO_STAFF.hash, role: 'clerk' }],
      ['bia', { hash: DEMO_STAFF.hash, role: 'manager' }],
    ]);
    // The demonstration's clerk and manager, on the simulator only.
    expect([...parseEnv({}).staff.accounts].map(([user, { role }]) => [user, role])).toEqual([
      ['recepcao', 'clerk'],
      ['gerencia', 'manager'],
    ]);
  });

  it('refuse a role that is not one, naming the way to write a manager', () => {
    expect(() => parseEnv({ ...account, STAFF_ACCOUNTS: `ana:admin=${DEMO_STAFF.hash}` })).toThrow(/name:manager=hash/);
  });

  it('let a manager do what a clerk does, and a clerk not what a manager does', async () => {
    const { mayAct } = await import('@/lib/env/roles');
    expect([mayAct('manager', 'manager'), mayAct('manager', 'clerk'), mayAct('clerk', 'clerk')]).toEqual([
      true,
      true,
      true,
    ]);
    expect(mayAct('clerk', 'manager')).toBe(false);
  });

  it('refuse a plain password where a hash belongs', () => {
    expect(() => parseEnv({ ...account, STAFF_ACCOUNTS: 'ana=secret123' })).toThrow(/STAFF_ACCOUNTS/);
  });
});

describe('ticket codes', () => {
  it('reads a code as the counter says it, and tells it from a number or a name', async () => {
    const { isTicketCode, ticketCode } = await import('@/lib/staff/day');
    expect(ticketCode('Senha a010')).toBe('A010');
    expect(ticketCode(' A 010 ')).toBe('A010');
    expect(['A010', 'senha E7', 'Senha A010'].every(isTicketCode)).toBe(true);
    expect(['20261201000001', '123', 'Maria', 'AB12', ''].some(isTicketCode)).toBe(false);
  });
});

describe('pages a role must reach', () => {
  /** Every page under app/ that asks for a role above clerk, by the path it serves. */
  const pagesAsking = () =>
    readdirSync('app', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('page.tsx'))
      .flatMap((file) => {
        const asked = /requireStaff\('(\w+)'\)/.exec(readFileSync(join('app', file), 'utf8'))?.[1];
        const path = `/${file.replace(/\/?page\.tsx$/, '')}`;
        return asked && asked !== 'clerk' ? [[path, asked] as const] : [];
      });

  it('are every one in the proxy’s list, so that a member turned away gets its 403', () => {
    const asking = pagesAsking();
    expect(asking).toContainEqual(['/staff/week', 'manager']);
    for (const [path, role] of asking) expect(pageRoles.get(path), path).toBe(role);
  });
});
