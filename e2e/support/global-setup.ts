// Browser tests need the built UI: build it once per run if it is missing or older than its sources.
import { ensureWebBuilt } from '../../src/server/web-build.ts';

export default async function setup() {
  await ensureWebBuilt();
}
