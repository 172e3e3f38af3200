import { NextResponse, type NextRequest } from 'next/server';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { draftCookie, draftCookieName, validDraftId } from '@/lib/booking/draft-cookie';
import { cookieName } from '@/lib/cookies';
import { env } from '@/lib/env';
import { isLocale, localeCookie } from '@/lib/i18n/config';

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
  const refused = refuse(request) ?? (await unreadable(request)) ?? (await shed(request));
  if (refused) return refused;

  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('x-return-to', request.nextUrl.pathname + request.nextUrl.search);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
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

function refuse(request: NextRequest): NextResponse | undefined {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refusal(request, 400);
  }
  if (request.method === 'POST') {
    const origin = request.headers.get('origin');
    if (origin && origin !== 'null' && originHost(origin) !== request.headers.get('host')) return refusal(request, 403);
    if (Number(request.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT) return refusal(request, 413);
  }
  return undefined;
}

/**
 * A POST a page's actions would read (a form, or a JavaScript call's arguments) that cannot be
 * read at all: Next would fail on it with a 500, so it is refused here as a bad request. The body
 * is already known to be within the limit.
 */
async function unreadable(request: NextRequest): Promise<NextResponse | undefined> {
  if (request.method !== 'POST') return undefined;
  const type = request.headers.get('content-type') ?? '';
  try {
    if (/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) await request.clone().formData();
    else if (request.headers.has('next-action')) JSON.parse(await request.clone().text());
  } catch {
    return refusal(request, 400);
  }
  return undefined;
}

/**
 * This instance takes at most LOOKUP_INSTANCE_PER_SECOND lookups a second from everyone together
 * (the per-client and per-protocol limits hold each client; this holds a crowd of them): the rest
 * are answered at once with a 503 and a Retry-After, before any page work or upstream call, so
 * that a flood of lookups from many addresses cannot slow every other citizen's pages.
 */
let lookups: RateLimiterMemory | undefined;
async function shed(request: NextRequest): Promise<NextResponse | undefined> {
  if (request.method !== 'POST' || request.nextUrl.pathname !== '/appointments') return undefined;
  lookups ??= new RateLimiterMemory({
    keyPrefix: 'lookups-instance',
    points: env().lookup.instancePerSecond,
    duration: 1,
  });
  try {
    await lookups.consume('instance');
    return undefined;
  } catch {
    const busy = refusal(request, 503);
    busy.headers.set('retry-after', '1');
    return busy;
  }
}

/** Words for a refused request, in the visitor's language (the pages' messages are not loaded this early). */
const refusals = {
  400: {
    'pt-BR': ['Pedido inválido', 'Confira o endereço digitado, ou abra a página de novo e envie outra vez.'],
    en: ['Invalid request', 'Check the address, or open the page again and send it once more.'],
  },
  403: {
    'pt-BR': ['Envio recusado', 'Este formulário veio de outro site. Abra a página aqui e envie de novo.'],
    en: ['Sent form refused', 'This form came from another site. Open the page here and send it again.'],
  },
  413: {
    'pt-BR': ['Envio grande demais', 'O que foi enviado passa do limite. Envie menos de uma vez.'],
    en: ['Too much sent at once', 'What was sent is over the limit. Send less at once.'],
  },
  503: {
    'pt-BR': [
      'Muitas consultas agora',
      'Muitas pessoas estão consultando agendamentos neste momento. Volte e tente de novo em alguns segundos: nada foi perdido.',
    ],
    en: [
      'Many lookups right now',
      'Many people are looking up appointments right now. Go back and try again in a few seconds: nothing was lost.',
    ],
  },
} as const;

function refusal(request: NextRequest, status: keyof typeof refusals): NextResponse {
  const chosen = request.cookies.get(cookieName(localeCookie))?.value;
  const locale = isLocale(chosen) ? chosen : 'pt-BR';
  const [title, body] = refusals[status][locale];
  const page = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><main><h1>${title}</h1><p>${body}</p><p><a href="/">${locale === 'en' ? 'Go to the start' : 'Voltar ao início'}</a></p></main></html>`;
  return new NextResponse(page, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

const originHost = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
};

/**
 * Scripts only from here and with this request's nonce (and what they load); styles from here
 * (style attributes allowed: no script runs from them); no frames, no plugins, forms to here only.
 */
function contentSecurityPolicy(nonce: string): string {
  const development = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
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
