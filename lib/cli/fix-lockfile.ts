/**
 * `npm run fix-lockfile`: after `npm install` changes package-lock.json on these machines.
 * The registry mirror here serves only Linux builds of packages with per-platform optional
 * binaries (next's swc, unrs-resolver), so npm leaves the other platforms out of the lock
 * and `npm ci` then rejects it as out of sync (npm/cli#4828). This asks `npm ci --dry-run`
 * what is missing and adds those entries, optional and platform-tagged, so no machine
 * tries to install them.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  license?: string;
  optionalDependencies?: Record<string, string>;
}

const run = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts'], { encoding: 'utf8' });
const missing = [
  ...new Set([...`${run.stdout}${run.stderr}`.matchAll(/Missing: (\S+?)@\S* from lock file/g)].map((m) => m[1]!)),
];
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const parents = Object.values(lock.packages).filter((p) => p.optionalDependencies);

const pick = (name: string, options: string[]) => options.find((o) => new RegExp(`(^|-)${o}(-|$)`).test(name));
let added = 0;
for (const name of missing) {
  const spec = parents.map((p) => p.optionalDependencies?.[name]).find(Boolean);
  if (!spec) {
    console.error(`no parent declares ${name}; left alone`);
    continue;
  }
  const base = name.split('/').pop()!;
  const os = pick(base, ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony']);
  const cpu = pick(base, ['arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'wasm32', 'arm']);
  const libc = /-gnu(eabihf)?$/.test(base) ? 'glibc' : base.includes('musl') ? 'musl' : undefined;
  lock.packages[`node_modules/${name}`] = {
    version: spec.replace(/^[\^~=]/, ''),
    license: 'MIT',
    optional: true,
    ...(cpu ? { cpu: [cpu] } : {}),
    ...(libc ? { libc: [libc] } : {}),
    ...(os ? { os: [os] } : {}),
  };
  added++;
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  missing.length === 0
    ? 'lockfile already accepted by npm ci'
    : `added ${added} of ${missing.length} missing platform entries`,
);
