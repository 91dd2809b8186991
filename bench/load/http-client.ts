// The load generator's HTTP: node:http with a keep-alive agent (undici is not a direct dependency, and node:http
// costs this process less CPU per request than fetch on a 2-core machine where the generator shares the CPU with
// the server). Every request is timed and classified into the phase's records; a hard timeout per request means a
// hung server shows as timeouts, never as a hung benchmark.
import http from 'node:http';
import { classify, type RequestRecord } from './plan.ts';

export type Session = { cookie: string; csrfToken: string };
export type Reply = { status: number; body: Buffer; json: <T>() => T | null };

export class LoadClient {
  readonly agent: http.Agent;
  records: RequestRecord[] = [];
  private readonly base: URL;

  constructor(baseUrl: string, connections: number, private readonly timeoutMs: number) {
    this.base = new URL(baseUrl);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  /** One request; `route` is the pattern the errors are listed by. Never throws: failures become records. */
  request(method: string, path: string, route: string, session: Session | null, body?: unknown): Promise<Reply> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string> = {};
    if (session) headers.cookie = `kl_session=${session.cookie}`;
    if (session && method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(payload.length);
    }
    const started = performance.now();
    return new Promise((resolve) => {
      let settled = false;
      const finish = (status: number, chunks: Buffer[], why?: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const ms = performance.now() - started;
        const outcome = why ? 'error' : classify(route, status);
        this.records.push({ route: `${method} ${route}`, status, ms, outcome, at: started, ...(why ? { why } : {}) });
        const buf = Buffer.concat(chunks);
        resolve({
          status,
          body: buf,
          json: <T>() => {
            try {
              return JSON.parse(buf.toString('utf8')) as T;
            } catch {
              return null;
            }
          },
        });
      };
      const req = http.request({ host: this.base.hostname, port: this.base.port, path, method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => finish(res.statusCode ?? 0, chunks));
        res.on('error', () => finish(res.statusCode ?? 0, chunks, 'network'));
      });
      const timer = setTimeout(() => {
        finish(0, [], 'timeout');
        req.destroy();
      }, this.timeoutMs);
      req.on('error', () => finish(0, [], 'network'));
      req.end(payload);
    });
  }

  close() {
    this.agent.destroy();
  }
}
