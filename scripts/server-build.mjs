// Compiles the server and CLI into dist/server with esbuild (ADR 022): one ES module per entry, npm packages left
// as imports. A plain Node process running it holds ~85 MB less than one compiling TypeScript as it loads (tsx) and
// starts ~0.7 s sooner. The build takes about a tenth of a second, so it runs whenever a source is newer than the
// output: `npm start` after an edit runs the edit, with no build step to remember.
//
// The output sits two folders below the repository, as every source file does (src/<folder>/), so the paths the
// code finds from its own location (migrations, reference data, dist/web) are the same compiled or not.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_DIST = path.join(ROOT, 'dist/server');
/** Entry points by output name: the CLI (and the server it starts), and the document renderers' worker thread,
 * which the render pool starts from the file beside the CLI's. */
const ENTRIES = { main: 'src/cli/main.ts', 'render-worker': 'src/documents/off-thread/render-worker.ts' };

function newerThan(dir, time) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory() ? newerThan(p, time) : fs.statSync(p).mtimeMs > time) return true;
  }
  return false;
}

export function isServerStale() {
  const outputs = Object.keys(ENTRIES).map((name) => path.join(SERVER_DIST, `${name}.js`));
  if (!outputs.every((f) => fs.existsSync(f))) return true;
  const built = Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  return newerThan(path.join(ROOT, 'src'), built) || fs.statSync(path.join(ROOT, 'package.json')).mtimeMs > built;
}

/** Builds when stale; the file URL of the compiled CLI, or null when esbuild is missing or fails (the caller then
 * runs the sources through tsx, and says why). */
export async function ensureServerBuilt() {
  const main = path.join(SERVER_DIST, 'main.js');
  if (!isServerStale()) return pathToFileURL(main).href;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  // Several processes may start at once (the test suite starts many): each builds into a folder of its own and
  // renames the files into place, so nobody ever loads a half-written file.
  fs.mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  const tmp = fs.mkdtempSync(path.join(ROOT, 'dist', '.server-build-'));
  try {
    await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ENTRIES,
      outdir: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'silent',
    });
    fs.mkdirSync(SERVER_DIST, { recursive: true });
    // The worker first: a process that sees the new main.js must find its worker beside it.
    for (const name of [...Object.keys(ENTRIES).filter((n) => n !== 'main'), 'main'])
      for (const ext of ['.js.map', '.js']) fs.renameSync(path.join(tmp, name + ext), path.join(SERVER_DIST, name + ext));
    return pathToFileURL(main).href;
  } catch (error) {
    console.warn(`Kunne ikke kompilere serveren (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); kjører kildene med tsx.`);
    return null;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    // esbuild's service is a child process that would otherwise live (and hold ~50 MB) as long as the server.
    await esbuild.stop();
  }
}
