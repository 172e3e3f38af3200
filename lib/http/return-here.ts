import 'server-only';
import { headers } from 'next/headers';
import { safeReturnPath } from './safe-return';

/**
 * The page a request was made from, to come back to: the address the proxy read (`x-return-to`,
 * set on every request it lets through, whatever the client sent). A header form's action is
 * posted to the page on screen, with or without JavaScript, so this is that page.
 */
export async function returnHere(): Promise<string> {
  return safeReturnPath((await headers()).get('x-return-to'));
}
