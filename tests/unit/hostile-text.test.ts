import { describe, expect, it } from 'vitest';
import { safeName } from '@/lib/appointments/attachments';
import { detailsSchema } from '@/lib/details/schema';
import { plainText } from '@/lib/notices/booking-notice';

const person = {
  name: 'Maria',
  cpf: '529.982.247-25',
  email: 'maria@exemplo.com.br',
  phone: '(19) 98765-4321',
  answers: {},
};

describe('text typed by anyone', () => {
  it('a name with markup, a line break or an invisible control is refused at the field', () => {
    for (const name of ['<b>Maria</b>', 'Maria\nSilva', 'Maria\u202eavlis', 'Maria\u0000']) {
      const parsed = detailsSchema([]).safeParse({ ...person, name });
      expect(parsed.success, JSON.stringify(name)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('nameInvalid');
    }
    expect(detailsSchema([]).safeParse({ ...person, name: "Ana D'Ávila-Souza" }).success).toBe(true);
  });

  it('reaches a notification template as plain text on one line', () => {
    expect(plainText('Rua A,\n<script>x</script> 10')).toBe('Rua A, scriptx/script 10');
    expect(plainText('Centro\u202e\tSul')).toBe('Centro Sul');
  });

  it('a file name cannot disguise its type with a right-to-left override', () => {
    expect(safeName('fatura\u202Efdp.exe')).toBe('fatura_fdp.exe');
    expect(safeName('../../etc/passwd')).toBe('passwd');
  });
});

describe('the public demonstration outbox', () => {
  it('shows recipients masked: enough to recognise one’s own, not to learn anyone’s', async () => {
    const { maskRecipient } = await import('@/lib/server/demo-outbox');
    expect(maskRecipient('maria.souza@exemplo.com.br')).toBe('m•••@exemplo.com.br');
    expect(maskRecipient('5519987654321')).toBe('•••••••••4321');
  });
});
