// The load benchmark's pure parts: the mix's rates, the open loop's timetable, the closed loop's draw, statistics.
import { describe, expect, it } from 'vitest';
import { actionPicker, classify, INTERVAL_MS, mixWeights, openLoopPlan, percentile, seededRandom, summarise, SUBMIT_WINDOW, type PlanUser } from './plan.ts';

describe('load plan', () => {
  it('percentile is nearest-rank over an ascending array', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('the mix of 180 editors and 20 case officers offers the issue’s rates', () => {
    const w = mixWeights({ editors: 180, officers: 20 });
    const rate = (action: string) => w.find((x) => x.action === action)!;
    expect(rate('save').requestsPerSecond).toBe(36);
    expect(rate('poll').requestsPerSecond).toBe(45);
    expect(rate('page').actionsPerSecond).toBe(3);
    expect(rate('page').requestsPerSecond).toBe(12);
    expect(rate('lists').requestsPerSecond).toBeCloseTo(2, 10);
    expect(rate('export').actionsPerSecond).toBeCloseTo(20 / 300, 10);
    expect(w.reduce((s, x) => s + x.requestsPerSecond, 0)).toBeCloseTo(95.07, 2);
  });

  it('the open-loop plan keeps each user’s interval, is sorted, seeded, and submits each application once near the end', () => {
    const users: PlanUser[] = [{ kind: 'editor', submits: true }, { kind: 'editor' }, { kind: 'officer' }];
    const duration = 600_000;
    const plan = openLoopPlan(users, duration, 7);
    expect(plan).toEqual(openLoopPlan(users, duration, 7));
    for (let i = 1; i < plan.length; i++) expect(plan[i]!.at).toBeGreaterThanOrEqual(plan[i - 1]!.at);
    expect(plan.every((e) => e.at >= 0 && e.at < duration)).toBe(true);

    const saves = plan.filter((e) => e.user === 1 && e.action === 'save').map((e) => e.at);
    expect(saves[0]).toBeLessThan(INTERVAL_MS.save);
    expect(saves).toHaveLength(Math.ceil((duration - saves[0]!) / INTERVAL_MS.save));
    saves.slice(1).forEach((at, i) => expect(at - saves[i]!).toBeCloseTo(INTERVAL_MS.save, 6));

    const submits = plan.filter((e) => e.action === 'submit');
    expect(submits.map((e) => e.user)).toEqual([0]);
    expect(submits[0]!.at).toBeGreaterThanOrEqual(duration * SUBMIT_WINDOW.from);
    expect(submits[0]!.at).toBeLessThanOrEqual(duration * SUBMIT_WINDOW.to);

    expect(plan.filter((e) => e.user === 2).map((e) => e.action).sort()).toEqual([...Array(2).fill('export'), ...Array(20).fill('lists')].sort());
  });

  it('the closed-loop draw follows the weights', () => {
    const pick = actionPicker(mixWeights({ editors: 180, officers: 20 }), seededRandom(3));
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const w = pick();
      counts.set(w.action, (counts.get(w.action) ?? 0) + 1);
    }
    // 36 + 45 + 3 + 0.67 + 0.067 actions per second: saves ≈ 42.2 %, polls ≈ 52.8 %.
    expect(counts.get('save')! / 20_000).toBeCloseTo(0.422, 1);
    expect(counts.get('poll')! / 20_000).toBeCloseTo(0.528, 1);
    expect(counts.get('lists')).toBeGreaterThan(0);
  });

  it('a 409 on an autosave is a conflict, anything else non-2xx an error', () => {
    expect(classify('PUT /api/behovsmelding/applications/:id/fields/:key', 409)).toBe('conflict');
    expect(classify('POST /api/behovsmelding/applications/:id/submit', 409)).toBe('error');
    expect(classify('GET /api/session', 200)).toBe('ok');
    expect(classify('GET /api/session', 503)).toBe('error');
    const s = summarise(
      [
        { route: 'GET /a', status: 200, ms: 10, outcome: 'ok' },
        { route: 'PUT /b/fields/:key', status: 409, ms: 20, outcome: 'conflict' },
        { route: 'GET /a', status: 0, ms: 10_000, outcome: 'error', why: 'timeout' },
        { route: 'GET /a', status: 500, ms: 30, outcome: 'error' },
      ],
      2,
    );
    expect(s).toMatchObject({ requests: 4, throughput: 2, conflicts: 1, errors: 2, p50: 20, max: 10_000 });
    expect([...s.errorsBy]).toEqual([
      ['timeout GET /a', 1],
      ['500 GET /a', 1],
    ]);
    expect(s.byRoute[0]).toMatchObject({ route: 'GET /a', count: 3 });
  });
});
