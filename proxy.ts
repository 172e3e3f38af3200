import { NextResponse, type NextRequest } from 'next/server';
import { draftCookie, draftCookieName, validDraftId } from '@/lib/booking/draft-cookie';
import { env } from '@/lib/env';
import { mayAct, NOT_FOR_ROLE, pageRoles } from '@/lib/env/roles';
import { cookieName } from '@/lib/http/cookies';
import { REQUEST_STARTED_HEADER } from '@/lib/http/request-started';
import { defaultLocale, isLocale, localeCookie } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en.json';
import ptBR from '@/lib/i18n/messages/pt-BR.json';
import { admitLookup } from '@/lib/limits/lookup-crowd';
import { readStaffToken, STAFF_COOKIE } from '@/lib/staff/token';

/** Next's own limit for a server action's body; a larger one is refused here, before it is read. */
const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * Every page request passes here first:
 * - hostile requests are answered with a 4xx before any page code runs (a POST from another site,
 *   a body over the limit, an address that is not valid percent-encoding);
 * - each page gets a fresh nonce and a Content-Security-Policy built on it (Next puts the nonce
 *   on its own scripts), and HSTS in production;
 * - pages learn the address they were asked for (the language switch comes back to it), and the
 *   details page hands out the cookie its draft will be kept under (lib/booking/draft.ts).
 */
export async function proxy(request: NextRequest) {
  const arrived = Date.now();
  const refused = refuse(request) ?? (await unreadable(request)) ?? (await shed(request));
  if (refused) return refused;

  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('x-return-to', request.nextUrl.pathname + request.nextUrl.search);
  headers.set('x-nonce', nonce);
  // One deadline for everything the request asks the upstream, its action and the page after it alike.
  headers.set(REQUEST_STARTED_HEADER, String(arrived));
  headers.set('content-security-policy', policy);
  const response = (await notForRole(request, headers)) ?? NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  if (process.env.NODE_ENV === 'production') {
    response.headers.set('strict-transport-security', 'max-age=63072000; includeSubDomains');
  }
  // The details page comes with the cookie its draft will be kept under, if the browser has none.
  if (
    request.method === 'GET' &&
    request.nextUrl.pathname === '/book/details' &&
    !validDraftId(request.cookies.get(draftCookieName())?.value)
  ) {
    response.cookies.set(draftCookie());
  }
  return response;
}

/**
 * A staff page a signed-in member's role does not reach is a 403 that says so, written on the
 * server (Next's forbidden() reaches the browser as an empty shell filled in by script, so it would
 * say nothing without JavaScript). No session, or one that has ended, is the page's to send to
 * sign-in; the page checks the role again (requireStaff).
 */
async function notForRole(request: NextRequest, headers: Headers): Promise<NextResponse | undefined> {
  const needed = pageRoles.get(request.nextUrl.pathname);
  const token = needed && request.cookies.get(STAFF_COOKIE())?.value;
  if (!needed || !token) return undefined;
  const user = (await readStaffToken(token))?.user;
  const account = user === undefined ? undefined : env().staff.accounts.get(user);
  if (!account || mayAct(account.role, needed)) return undefined;
  return NextResponse.rewrite(new URL(NOT_FOR_ROLE, request.url), { request: { headers }, status: 403 });
}

function refuse(request: NextRequest): NextResponse | undefined {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refusal(request, 400);
  }
  if (request.method === 'POST') {
    const origin = request.headers.get('origin');
    // An opaque origin ("null": a sandboxed frame, a file) is no origin of ours either.
    if (origin && (origin === 'null' || originHost(origin) !== request.headers.get('host')))
      return refusal(request, 403);
    if (Number(request.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT) return refusal(request, 413);
  }
  return undefined;
}

/**
 * A POST a page's actions would read (a form, or a JavaScript call's arguments) that cannot be
 * read as arguments at all: Next would fail on it with a 500, so it is refused here as a bad
 * request, before its decoder runs. The body is already known to be within the limit. What an
 * action is called with is a list (JSON) of arguments; a form without JavaScript carries its bound
 * arguments as JSON fields (`$ACTION_1:0`…). Anything else, `null`, or anything nested deeper than
 * any argument of ours, is not an action's.
 */
async function unreadable(request: NextRequest): Promise<NextResponse | undefined> {
  if (request.method !== 'POST') return undefined;
  const type = request.headers.get('content-type') ?? '';
  const called = request.headers.has('next-action');
  try {
    if (/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) {
      const form = await request.clone().formData();
      for (const [name, value] of form) {
        const argumentsField = /^\$ACTION_\d+:\d+$/.test(name) || (called && name === '0');
        if (argumentsField && (typeof value !== 'string' || !actionArguments(JSON.parse(value), name === '0')))
          return refusal(request, 400);
      }
    } else if (called && !actionArguments(JSON.parse(await request.clone().text()), true)) {
      return refusal(request, 400);
    }
  } catch {
    return refusal(request, 400);
  }
  return undefined;
}

/** Deeper than anything the product's actions take (a journey, a form's answers). */
const MAX_DEPTH = 32;

/** An action's arguments: not null, a list where a list is due, and no deeper than MAX_DEPTH (counted without recursion). */
function actionArguments(value: unknown, list: boolean): boolean {
  if (value === null || (list && !Array.isArray(value))) return false;
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > MAX_DEPTH) return false;
    level = level.flatMap((node) => (node && typeof node === 'object' ? Object.values(node) : []));
  }
  return true;
}

/**
 * A crowd of posted lookups beyond what this instance takes (lib/limits/lookup-crowd.ts) is answered at
 * once with a 503 and a Retry-After, before any page work or upstream call. The JavaScript form's
 * lookups are counted by the action instead, which answers with the values kept.
 */
async function shed(request: NextRequest): Promise<NextResponse | undefined> {
  if (request.method !== 'POST' || request.nextUrl.pathname !== '/appointments') return undefined;
  if (request.headers.has('next-action') || (await admitLookup())) return undefined;
  const busy = refusal(request, 503);
  busy.headers.set('retry-after', String(env().lookup.instanceWindowSeconds));
  return busy;
}

/** The words of each refusal, from the messages of the i18n layer (`refusals`). */
const refusals = { 400: 'badRequest', 403: 'crossSite', 413: 'tooLarge', 503: 'busy' } as const;
const catalogues = { 'pt-BR': ptBR, en } as const;

/**
 * A refused request's page, in the visitor's language: plain HTML written here, since no page
 * runs this early, with the words of the i18n layer.
 */
function refusal(request: NextRequest, status: keyof typeof refusals): NextResponse {
  const chosen = request.cookies.get(cookieName(localeCookie))?.value;
  const locale = isLocale(chosen) ? chosen : defaultLocale;
  const words = catalogues[locale].refusals;
  const { title, body } = words[refusals[status]];
  const page = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><main><h1>${title}</h1><p>${body}</p><p><a href="/">${words.home}</a></p></main></html>`;
  return new NextResponse(page, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

const originHost = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
};

const VLIBRAS = 'https://vlibras.gov.br';

/**
 * Scripts only from here and with this request's nonce (and what they load); styles from here
 * (style attributes allowed: no script runs from them); no frames, no plugins, forms to here only.
 */
function contentSecurityPolicy(nonce: string): string {
  const development = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    // VLibras, loaded only when the citizen asks for Libras: its script (trusted through
    // 'strict-dynamic' as our own code inserts it; its host named for browsers without it), the
    // WebAssembly of its 3D signer, its styles, images, fonts, the translation calls and workers.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval' ${VLIBRAS}${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}' ${VLIBRAS}`,
    "style-src-attr 'unsafe-inline'",
    `img-src 'self' blob: data: ${VLIBRAS}`,
    `font-src 'self' ${VLIBRAS}`,
    `connect-src 'self' ${VLIBRAS} https://traducao2.vlibras.gov.br`,
    `worker-src 'self' blob:`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const config = {
  // Uploads go straight to their route: a proxy would buffer (and cap) their bodies.
  matcher: ['/((?!_next/|favicon.ico|appointments/[^/]+/attachments|.*\\.[a-z0-9]+$).*)'],
};
