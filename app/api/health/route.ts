/**
 * Liveness (`GET /api/health`): the process answers. Nothing else is asked, so that a Redis or a
 * Tatodesk outage never gets a healthy instance restarted; readiness is /api/ready.
 */
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
