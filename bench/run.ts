// `npm run bench`: runs every benchmark in bench/ and prints figures. Never asserts timings.
import { runApiReadBenchmark } from './api-read.bench.ts';
import { runAutosaveBenchmark } from './autosave.bench.ts';
import { runLoadBenchmark } from './load/run-load.ts';

// Names pick benchmarks; `--…` flags go to them. The load run (minutes per engine) runs only when named:
// `npm run bench load`.
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const BY_NAME_ONLY = new Set(['load']);
const benchmarks: Record<string, () => Promise<void>> = { 'api-read': runApiReadBenchmark, autosave: runAutosaveBenchmark, load: runLoadBenchmark };
for (const [name, run] of Object.entries(benchmarks)) {
  if (only.length ? !only.includes(name) : BY_NAME_ONLY.has(name)) continue;
  console.log(`\n## ${name}`);
  await run();
}
