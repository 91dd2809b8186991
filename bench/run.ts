// `npm run bench`: runs every benchmark in bench/ and prints figures. Never asserts timings.
import { runApiReadBenchmark } from './api-read.bench.ts';
import { runAutosaveBenchmark } from './autosave.bench.ts';

const only = process.argv.slice(2);
const benchmarks: Record<string, () => Promise<void>> = { 'api-read': runApiReadBenchmark, autosave: runAutosaveBenchmark };
for (const [name, run] of Object.entries(benchmarks)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n## ${name}`);
  await run();
}
