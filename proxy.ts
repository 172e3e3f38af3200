import { NextResponse, type NextRequest } from 'next/server';

/** Hands pages the address they were asked for, so the language switch can come back to it. */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('x-return-to', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Uploads go straight to their route: a proxy would buffer (and cap) their bodies.
  matcher: ['/((?!_next/|favicon.ico|appointments/[^/]+/attachments|.*\\.[a-z0-9]+$).*)'],
};
