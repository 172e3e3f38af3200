import { timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { metrics } from '@/lib/ops/metrics';

/**
 * `GET /metrics`, Prometheus's text format (lib/ops/metrics.ts). Off unless METRICS_TOKEN is set (a
 * 404, as for any unknown address), and then only with `Authorization: Bearer <token>`.
 */
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const token = env().metricsToken;
  if (!token) return new Response('Not found', { status: 404 });
  if (!bearerMatches(request.headers.get('authorization'), token)) {
    return new Response('Unauthorized', { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
  });
}

function bearerMatches(header: string | null, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
