import 'server-only';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { env } from '@/lib/env';
import { PROTOCOL_PATTERN } from '@/lib/protocol';

/**
 * What a survey link is about: one attendance at its unit, and the form to answer; the visit's day
 * and service, for the managers' scores (a link made before they were carried has neither).
 */
export type SurveyLink = { protocol: string; unitId: number; formId: number; date?: string; serviceTypeId?: number };

const AUDIENCE = 'visit-survey';

/**
 * Where a forged, cut or expired survey link is sent: an address no route matches, which the root
 * not-found page renders in full, with a 404. notFound() in the page would send its content only
 * inside the RSC payload, blank without JavaScript (vercel/next.js#62228), as app/l does.
 */
export const INVALID_SURVEY_PATH = '/survey/link/invalid';
export const isInvalidSurveyPath = (path: string) =>
  path === INVALID_SURVEY_PATH || path.startsWith(`${INVALID_SURVEY_PATH}?`);
const payload = z.object({
  p: z.string().regex(PROTOCOL_PATTERN),
  u: z.number().int().positive(),
  f: z.number().int().positive(),
  d: z.iso.date().optional(),
  s: z.number().int().positive().optional(),
});

/** A link's token: signed with SESSION_SECRET, for `days` days; it names a protocol, no personal data. */
export async function surveyToken(link: SurveyLink, days: number): Promise<string> {
  return new SignJWT({ p: link.protocol, u: link.unitId, f: link.formId, d: link.date, s: link.serviceTypeId })
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${days}d`)
    .sign(env().sessionSecret);
}

/** A token as the survey page gets it: its link, or why there is none (expired, or not one of ours). */
export async function readSurveyToken(
  token: string,
): Promise<{ ok: true; link: SurveyLink } | { ok: false; reason: 'expired' | 'invalid' }> {
  if (token.length > 600 || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) return { ok: false, reason: 'invalid' };
  try {
    const { payload: claims } = await jwtVerify(token, env().sessionSecret, { audience: AUDIENCE });
    const parsed = payload.safeParse(claims);
    if (!parsed.success) return { ok: false, reason: 'invalid' };
    const { p, u, f, d, s } = parsed.data;
    return { ok: true, link: { protocol: p, unitId: u, formId: f, date: d, serviceTypeId: s } };
  } catch (error) {
    // By its code, not instanceof: the bundler may load jose more than once (see lib/store/types.ts).
    const expired = (error as { code?: unknown }).code === 'ERR_JWT_EXPIRED';
    return { ok: false, reason: expired ? 'expired' : 'invalid' };
  }
}
