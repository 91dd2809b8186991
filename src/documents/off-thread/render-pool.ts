// Document rendering off the main thread (issue 11, point 3). Laying out a PDF, DOCX or XLSX is seconds of CPU in
// pdfkit, docx and exceljs; on the server's event loop it stalls every other request, worst in the deadline rush.
// Here it runs in one worker thread, started on the first task, with tasks multiplexed over it by id.
//
// The worker's isolate holds the fonts and the libraries (some 60–100 MB), so it is ended after IDLE_MS without
// tasks and started again by the next one. It keeps the process alive only while a task is pending: a CLI awaiting
// an export must not exit before it is written, and an idle server or test must be free to end.
import { Worker } from 'node:worker_threads';
import type { TRenderReply, TRenderRequest } from './render-worker.ts';
import type { TRenderInput, TRenderKind } from './renderers.ts';

const IDLE_MS = 10_000;

/**
 * The worker's V8 heap is bounded: unbounded, V8 lets it grow with the allocation rate, and a deadline rush (80
 * documents queued) took the process from 105 to 332–366 MB RSS. With these limits the same 80 documents end at
 * 210–224 MB, rendering 12.9 s instead of 10.3–11.4 s. The libraries and fonts alone hold some 40 MB: at 48 MB the
 * collector thrashes (35 s), at 32 MB the worker runs out. A round's workbook of 400 applications fits (the test).
 */
export const RENDER_WORKER_LIMITS = { maxOldGenerationSizeMb: 80, maxYoungGenerationSizeMb: 8 } as const;

type TTask = { resolve: (data: Buffer) => void; reject: (error: Error) => void };
type TRenderThread = { worker: Worker; tasks: Map<number, TTask>; idleTimer: NodeJS.Timeout | null };

let current: TRenderThread | null = null;
let nextId = 1;

/**
 * From TypeScript source (tsx, vitest) the worker registers tsx before loading its entry: Node 20 cannot load .ts
 * itself, and `execArgv: ['--import', 'tsx/esm']` does not reach a worker here. From the bundle (dist/server/main.js)
 * the entry is the bundle's second entry point, render-worker.js, beside it. tsx is resolved here, from this file:
 * the evaluated code would resolve it from the working directory, which need not be the project's.
 */
function newWorker(): Worker {
  if (import.meta.url.endsWith('.ts')) {
    const tsxApi = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./render-worker.ts', import.meta.url).href;
    return new Worker(`import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(entry)});`, { eval: true, resourceLimits: RENDER_WORKER_LIMITS });
  }
  return new Worker(new URL('./render-worker.js', import.meta.url), { resourceLimits: RENDER_WORKER_LIMITS });
}

function startThread(): TRenderThread {
  const thread: TRenderThread = { worker: newWorker(), tasks: new Map(), idleTimer: null };
  thread.worker.on('message', (reply: TRenderReply) => {
    const task = thread.tasks.get(reply.id);
    if (!task) return;
    thread.tasks.delete(reply.id);
    if ('error' in reply) task.reject(new Error(reply.error));
    else task.resolve(Buffer.from(reply.data.buffer, reply.data.byteOffset, reply.data.byteLength));
    if (thread.tasks.size === 0) idle(thread);
  });
  thread.worker.on('error', (error) => retire(thread, `Rendering failed: the render worker crashed (${error.message})`));
  thread.worker.on('exit', (code) => retire(thread, `Rendering failed: the render worker stopped (exit code ${code})`));
  return thread;
}

/** No task pending: let the process end without us, and end the thread itself if none comes within IDLE_MS. */
function idle(thread: TRenderThread) {
  thread.worker.unref();
  thread.idleTimer = setTimeout(() => {
    retire(thread, 'Rendering failed: the render worker was stopped');
    void thread.worker.terminate();
  }, IDLE_MS);
  thread.idleTimer.unref();
}

/** The thread takes no more tasks (the next one starts a new thread), and those it had fail. */
function retire(thread: TRenderThread, reason: string) {
  if (current === thread) current = null;
  if (thread.idleTimer) clearTimeout(thread.idleTimer);
  thread.idleTimer = null;
  const tasks = [...thread.tasks.values()];
  thread.tasks.clear();
  for (const task of tasks) task.reject(new Error(reason));
}

/** Renders a document of `kind` in the render worker thread; the input is copied to it (structured clone). */
export function renderOffThread<K extends TRenderKind>(kind: K, input: TRenderInput<K>): Promise<Buffer> {
  const thread = (current ??= startThread());
  if (thread.idleTimer) clearTimeout(thread.idleTimer);
  thread.idleTimer = null;
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    thread.tasks.set(id, { resolve, reject });
    thread.worker.ref();
    try {
      thread.worker.postMessage({ id, kind, input } satisfies TRenderRequest);
    } catch (error) {
      // An input that cannot be cloned (a function, a class with private state) never reached the worker.
      thread.tasks.delete(id);
      if (thread.tasks.size === 0) idle(thread);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** The heap limits the running render worker was started with (none when no worker runs). */
export function renderWorkerLimits(): Worker['resourceLimits'] | undefined {
  return current?.worker.resourceLimits;
}

/** Ends the render worker (server stop, tests); pending tasks fail, and a later task starts a new worker. */
export async function closeRenderPool(): Promise<void> {
  const thread = current;
  if (!thread) return;
  retire(thread, 'Rendering failed: the render pool was closed');
  await thread.worker.terminate();
}
