import { readiness } from '@/lib/server/readiness';

/**
 * Readiness (`GET /api/ready`): 200 when this instance can serve a citizen (store, Tatodesk, job
 * queue), 503 with the checks that failed otherwise. JSON, no secrets (lib/server/readiness.ts).
 */
export const dynamic = 'force-dynamic';

export async function GET() {
  const { ready, checks, store } = await readiness();
  return Response.json(
    { status: ready ? 'ready' : 'not-ready', checks, store },
    { status: ready ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
