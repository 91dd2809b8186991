// The render worker thread's entry (started by render-pool.ts): renders what the main thread asks for, by id, so
// the CPU-heavy layout of PDF, DOCX, XLSX and ZIP never runs on a request's event loop. Tasks run concurrently here
// (each render awaits fonts and streams), and a failing one answers with its message and leaves the others alone.
import { parentPort } from 'node:worker_threads';
import { RENDERERS, type TRenderKind } from './renderers.ts';

export type TRenderRequest = { id: number; kind: string; input: unknown };
export type TRenderReply = { id: number; data: Uint8Array } | { id: number; error: string };

/**
 * The result's bytes in an ArrayBuffer of their own, to transfer rather than copy. A Node Buffer may be a view into
 * a larger pooled ArrayBuffer shared with other Buffers: transferring that would detach them and send their bytes
 * along, so such a Buffer is copied once into a fresh array.
 */
function ownBytes(buffer: Uint8Array): Uint8Array {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength && buffer.buffer instanceof ArrayBuffer)
    return new Uint8Array(buffer.buffer, 0, buffer.byteLength);
  return new Uint8Array(buffer);
}

const isKind = (kind: string): kind is TRenderKind => Object.hasOwn(RENDERERS, kind);

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs only as a worker thread (see render-pool.ts)');

port.on('message', async ({ id, kind, input }: TRenderRequest) => {
  let reply: TRenderReply;
  try {
    if (!isKind(kind)) throw new Error(`Unknown document kind: ${String(kind).slice(0, 40)}`);
    // The pool typed the input for its kind (TRenderInput); here it is only what the message carried.
    const render = RENDERERS[kind] as (input: unknown) => Promise<Buffer>;
    const data = ownBytes(await render(input));
    port.postMessage({ id, data } satisfies TRenderReply, [data.buffer as ArrayBuffer]);
    return;
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
