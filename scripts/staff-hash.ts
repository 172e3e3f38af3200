// `npm run staff:hash`: prints the hash of a staff password for STAFF_ACCOUNTS.
// The password is read from standard input (typed, not echoed), or from STAFF_PASSWORD.
import { createInterface } from 'node:readline';
import { hashPassword } from '@/lib/staff/password';

async function readPassword(): Promise<string> {
  if (process.env.STAFF_PASSWORD) return process.env.STAFF_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write('Password (not shown): ');
    // Swallow the echo of what is typed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  }
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write('\n');
  return answer;
}

async function main() {
  const password = await readPassword();
  if (password.length < 12) {
    console.error('Use a password of 12 characters or more.');
    process.exit(1);
  }
  console.log(await hashPassword(password));
}

void main();
