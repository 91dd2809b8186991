// Finds the system packages the tests need (Debian chromium, PostgreSQL server, and poppler-utils, whose pdfinfo checks
// that the PDFs are tagged) and installs them with apt when running as root, as `playwright install --with-deps`
// would. Otherwise it stops with the one command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export function findPgBin() {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(`${root}/${v}/bin/initdb`)).sort((a, b) => Number(b) - Number(a));
  return versions.length ? `${root}/${versions[0]}/bin` : null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;

export function ensurePackages(needed) {
  const missing = needed.filter((p) => !p.present());
  if (missing.length === 0) return;
  const names = missing.map((p) => p.apt).join(' ');
  if (!isRoot() || !fs.existsSync('/usr/bin/apt-get')) {
    console.error(`\nTestene trenger systempakkene: ${names}\nInstaller dem med:\n\n  sudo apt-get install -y ${names}\n`);
    process.exit(1);
  }
  console.log(`Installerer systempakker for testene: ${names} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  const r = spawnSync('apt-get', ['install', '-y', '-qq', ...missing.map((p) => p.apt)], { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`apt-get install ${names} feilet`);
    process.exit(1);
  }
}

export const PACKAGES = {
  chromium: { apt: 'chromium', present: () => fs.existsSync(CHROMIUM) },
  postgresql: { apt: 'postgresql', present: () => findPgBin() !== null },
  popplerUtils: { apt: 'poppler-utils', present: () => !spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).error },
};
