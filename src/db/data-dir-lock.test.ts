import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from './data-dir-lock.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('embedded database lock', () => {
  it('tells a second process plainly that the server holds the database', () => {
    const dir = tempDir();
    // A live process other than this one holds the lock (our parent, as a stand-in for the server).
    fs.writeFileSync(path.join(dir, 'kompetanseloft.lock'), JSON.stringify({ pid: process.ppid, role: 'server', since: '' }));
    expect(() => acquireDataDirLock(dir, 'cli')).toThrow(/i bruk av serveren .*stopp serveren først, eller kjør mot en PostgreSQL-server med DATABASE_URL/);
  });

  it('takes over a stale lock left by a process that died, and releases it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'kompetanseloft.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, role: 'server', since: '' }));
    const release = acquireDataDirLock(dir, 'cli');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'kompetanseloft.lock'), 'utf8')).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(path.join(dir, 'kompetanseloft.lock'))).toBe(false);
  });
});
