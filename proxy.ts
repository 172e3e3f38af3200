import { NextResponse, type NextRequest } from 'next/server';
import { DRAFT_COOKIE, draftCookie } from '@/lib/booking/draft-cookie';

/**
 * Hands pages the address they were asked for, so the language switch can come back to it; and
 * with the details page, the cookie its draft will be kept under (lib/booking/draft.ts).
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('x-return-to', request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  if (request.method === 'GET' && request.nextUrl.pathname === '/book/details') {
    response.cookies.set(draftCookie(request.cookies.get(DRAFT_COOKIE)?.value));
  }
  return response;
}

export const config = {
  // Uploads go straight to their route: a proxy would buffer (and cap) their bodies.
  matcher: ['/((?!_next/|favicon.ico|appointments/[^/]+/attachments|.*\\.[a-z0-9]+$).*)'],
};
