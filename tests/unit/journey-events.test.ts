import { describe, expect, it, vi } from 'vitest';

/** The events module with these settings, fresh, and the metrics it counts in. */
async function events(settings: Record<string, string>) {
  for (const [key, value] of Object.entries(settings)) vi.stubEnv(key, value);
  vi.resetModules();
  const { journeyEvent } = await import('@/lib/pulse/events');
  const { metrics } = await import('@/lib/ops/metrics');
  const jobs = await import('@/lib/jobs');
  return { journeyEvent, metrics, addJob: vi.spyOn(jobs, 'addJob') };
}

const count = async (m: Awaited<ReturnType<typeof events>>['metrics'], labels: { event: string; detail: string }) =>
  (await m().journey.get()).values.find((v) => v.labels.event === labels.event && v.labels.detail === labels.detail)
    ?.value ?? 0;

describe('the journey’s events', () => {
  it('are counted in /metrics by event and detail, whether or not Pulse is configured', async () => {
    const e = await events({ TATODESK_BASE_URL: 'https://tatodesk.example', TATODESK_API_KEY: 'k'.repeat(32) });
    const before = await count(e.metrics, { event: 'answered', detail: 'region' });
    e.journeyEvent({ name: 'answered', step: 'region' }, { language: 'pt-BR' });
    e.journeyEvent({ name: 'details-refused', fields: ['answers.cnhRegistration', 'cpf'] }, { language: 'en' });
    expect(await count(e.metrics, { event: 'answered', detail: 'region' })).toBe(before + 1);
    expect(await count(e.metrics, { event: 'details-refused', detail: 'answers.cnhRegistration,cpf' })).toBe(1);
    // No Pulse app configured on a real account: nothing is queued for Pulse.
    expect(e.addJob).not.toHaveBeenCalled();
  });

  it('are queued, with Pulse configured, under an id BullMQ takes (no colon), one per event', async () => {
    const e = await events({ PULSE_APP: 'agendamento-web' });
    e.addJob.mockResolvedValue(undefined);
    e.journeyEvent({ name: 'answered', step: 'date' }, { journey: { j: 'a'.repeat(22) }, language: 'pt-BR' });
    expect(e.addJob).toHaveBeenCalledWith(
      'pulse-event',
      expect.objectContaining({ journey: 'a'.repeat(22), name: 'answered', properties: { step: 'date' } }),
      expect.objectContaining({ id: expect.stringMatching(/^pulse\|a{22}\|\d+\|answered$/) }),
    );
    const jobs = await import('@/lib/jobs');
    e.addJob.mockRestore();
    await expect(jobs.addJob('x', {}, { id: 'pulse|2026-12-03T10:00:00.000Z' })).rejects.toThrow(
      /not usable by BullMQ/,
    );
  });
});
