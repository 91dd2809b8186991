// The render pool: documents rendered in the worker thread are the ones rendered in-thread, byte for byte; the main
// thread's event loop keeps turning while they render; a failing render fails alone; a closed or crashed worker is
// replaced by the next task; and the worker holds a process open only while a task is pending.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderApplicationPdf } from '../behovsmelding/application-pdf.ts';
import { renderRoundZip, type TZipEntry } from '../behovsmelding/round-zip.ts';
import { testSnapshot } from '../behovsmelding/test-snapshot.ts';
import { closeRenderPool, RENDER_WORKER_LIMITS, renderOffThread, renderWorkerLimits } from './render-pool.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

afterAll(() => closeRenderPool());

/** The longest pause between ticks of a 10 ms interval while `work` runs: how long the event loop was blocked. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 10);
  try {
    const result = await work();
    return { result, stallMs: Math.max(stallMs, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

describe('renderOffThread', () => {
  it('renders the same PDF as the renderer in-thread, byte for byte', async () => {
    const [offThread, inThread] = await Promise.all([renderOffThread('application-pdf', testSnapshot()), renderApplicationPdf(testSnapshot())]);
    expect(Buffer.isBuffer(offThread)).toBe(true);
    expect(offThread.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(offThread.equals(inThread)).toBe(true);
  });

  it('renders a ZIP from Buffers (which reach the worker as plain byte arrays) as in-thread', async () => {
    const pooled = Buffer.from('vedlegg i en delt minnepool'); // small Buffers are views into Node's shared pool
    const entries: TZipEntry[] = [
      { path: 'a/søknad.txt', data: Buffer.from('Søknaden'.repeat(100)) },
      { path: 'b/vedlegg.txt', data: pooled, modifiedAt: new Date('2023-11-30T14:05:00Z') },
    ];
    const offThread = await renderOffThread('round-zip', entries);
    expect(offThread.equals(await renderRoundZip(entries))).toBe(true);
    expect(pooled.toString()).toBe('vedlegg i en delt minnepool'); // the input was copied, not taken
  });

  it('keeps the main thread responsive while documents render', async () => {
    await renderOffThread('application-docx', testSnapshot()); // the worker is started and its libraries loaded
    const { result, stallMs } = await longestStall(() => Promise.all([1, 2, 3].map(() => renderOffThread('application-pdf', testSnapshot()))));
    expect(result).toHaveLength(3);
    // In-thread these three PDFs block the loop for 700–900 ms; off-thread the longest pause measured was 14–21 ms.
    expect(stallMs).toBeLessThan(200);
  });

  it('renders within a bounded heap, a round workbook of 400 applications included', async () => {
    const applications = Array.from({ length: 400 }, (_, i) => ({ snapshot: testSnapshot(), status: 'Innsendt', late: i % 7 === 0, returned: false }));
    const round = { title: 'Behovsmeldinger 2027', year: 2027, officeName: 'Statsforvalteren i Nordland', budgetFrameKr: 40_000_000 };
    const xlsx = await renderOffThread('round-xlsx', { round, applications });
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(renderWorkerLimits()).toMatchObject(RENDER_WORKER_LIMITS);
  });

  it('rejects a failing render with its message and renders the next task', async () => {
    await expect(renderOffThread('round-xlsx', null as never)).rejects.toThrow(/Cannot read properties of null/);
    await expect(renderOffThread('nonsense' as never, {} as never)).rejects.toThrow('Unknown document kind: nonsense');
    const docx = await renderOffThread('application-docx', testSnapshot());
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('rejects an input that cannot be copied to the worker, and goes on', async () => {
    await expect(renderOffThread('application-pdf', { ...testSnapshot(), values: { f: () => 1 } } as never)).rejects.toThrow();
    expect((await renderOffThread('application-docx', testSnapshot())).length).toBeGreaterThan(0);
  });

  it('fails the pending tasks when the worker is closed, and a new task starts a new worker', async () => {
    const pending = expect(renderOffThread('application-pdf', testSnapshot())).rejects.toThrow(/Rendering failed/);
    await closeRenderPool();
    await pending;
    const pdf = await renderOffThread('application-pdf', testSnapshot());
    expect(pdf.equals(await renderApplicationPdf(testSnapshot()))).toBe(true);
  });

  it('keeps a process alive while a task is pending, and not after', async () => {
    const script = `
      import { renderOffThread } from ${JSON.stringify(new URL('./render-pool.ts', import.meta.url).href)};
      import { testSnapshot } from ${JSON.stringify(new URL('../behovsmelding/test-snapshot.ts', import.meta.url).href)};
      // Not awaited at the top level: only the worker's ref keeps this process running until the document is back.
      void renderOffThread('application-docx', testSnapshot()).then((docx) => console.log('docx', docx.length));
    `;
    // Timed from the document's arrival to the process's end, so a slow render on a loaded machine does not count.
    let backAt = 0;
    const { code, stdout, stderr, endedAt } = await new Promise<{ code: number | null; stdout: string; stderr: string; endedAt: number }>((resolve) => {
      const child = execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, timeout: 30_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr, endedAt: performance.now() }),
      );
      child.stdout?.once('data', () => (backAt = performance.now()));
      child.stdin?.end();
    });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^docx \d{4,}\n$/);
    expect(code).toBe(0);
    // Well before the worker's 10 s idle time: the idle worker did not hold the process open.
    expect(endedAt - backAt).toBeLessThan(5_000);
  });
});
