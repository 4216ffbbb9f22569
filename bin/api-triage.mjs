#!/usr/bin/env node
/**
 * `api-triage <command> [args]`: the command-line entry point (package.json `bin`), so
 * `npx api-triage diagnose response.txt` works from a clone without `npm run`.
 * Each command is a TypeScript CLI under lib/cli, run with tsx from this checkout's node_modules.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** command → [module under lib/cli, what it does, arguments put first] */
const COMMANDS = {
  diagnose: ['diagnose.ts', 'diagnose pasted responses, HAR files or error text: [--json] <file|->...'],
  session: ['diagnose.ts', 'analyse a whole session (HAR or log) for patterns: [--json] <file|->...', ['--session']],
  import: ['import.ts', 'read curl commands and HAR files as requests: [--json] <file|->...'],
  search: ['search.ts', 'search the catalog and guides: [--json] "<query>"'],
  catalog: ['catalog.ts', 'print the whole catalog as JSON'],
};

function usage() {
  const lines = Object.entries(COMMANDS).map(([name, [, what]]) => `  ${name.padEnd(9)} ${what}`);
  return `usage: api-triage <command> [args]\n\ncommands:\n${lines.join('\n')}\n\nrun "api-triage <command> --help" for a command's options`;
}

const [command, ...args] = process.argv.slice(2);
if (!command || command === '--help' || command === '-h' || command === 'help') {
  console.log(usage());
  process.exit(command ? 0 : 2);
}
const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
if (!entry) {
  console.error(`api-triage: unknown command "${command}"\n\n${usage()}`);
  process.exit(2);
}
const script = `${root}lib/cli/${entry[0]}`;
if (!existsSync(script)) {
  console.error(`api-triage ${command}: lib/cli/${entry[0]} is missing from this checkout.`);
  process.exit(3);
}

let tsx;
try {
  tsx = import.meta.resolve('tsx');
} catch {
  console.error('api-triage: tsx is not installed; run "npm ci" in the checkout first.');
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--import', tsx, script, ...(entry[2] ?? []), ...args], {
  stdio: 'inherit',
  env: { ...process.env, TSX_TSCONFIG_PATH: `${root}tsconfig.json` },
});
process.exit(result.status ?? 1);
