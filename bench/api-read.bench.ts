// Read throughput and latency of the API as a logged-in case officer, on PGlite and on PostgreSQL,
// measured with autocannon from the same process over loopback (10 connections, 5 s per endpoint).
import autocannon from 'autocannon';
import { formatRow, loginHeaders, openBenchDatabase, startBenchApp, type Backend } from './support.ts';

const ENDPOINTS = ['/health', '/api/session', '/api/organisations'];

export async function runApiReadBenchmark() {
  console.log(formatRow(['backend', 'endpoint', 'req/s', 'p50 ms', 'p97.5 ms', 'p99 ms', 'non-2xx']));
  console.log(formatRow(['---', '---', '---', '---', '---', '---', '---']));
  for (const backend of ['pglite', 'postgres'] as Backend[]) {
    const { database, stop } = await openBenchDatabase(backend);
    const { app, url } = await startBenchApp(database);
    const headers = await loginHeaders(url, database, 'siri.saksbehandler@example.org');
    for (const path of ENDPOINTS) {
      const result = await autocannon({ url: `${url}${path}`, connections: 10, duration: 5, headers });
      console.log(
        formatRow([backend, path, Math.round(result.requests.average), result.latency.p50, result.latency.p97_5, result.latency.p99, result.non2xx]),
      );
    }
    await app.close();
    await stop();
  }
}
