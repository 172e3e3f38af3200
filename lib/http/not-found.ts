import { redirect } from 'next/navigation';

/** An address no route matches: the root not-found page renders it in full, with a 404. */
export const NOT_FOUND_PATH = '/nao-encontrado';

/**
 * A 404 the server writes in full. notFound() from a page or an action sends its page only inside
 * the RSC payload, an empty body filled in by script (vercel/next.js#62228): without JavaScript it
 * would be blank. The browser is sent instead to an address no route matches, which the root
 * not-found page renders (as a custom link or a survey link that is no longer valid).
 */
export function notFoundPage(): never {
  redirect(NOT_FOUND_PATH);
}
