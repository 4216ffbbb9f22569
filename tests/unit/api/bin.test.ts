import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagnosisSchema } from '../../../lib/diagnose/diagnosis-schema';

const root = join(__dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin/api-triage.mjs'), ...args], { encoding: 'utf8', cwd: root });

/** The package.json `bin` launcher, as `npx api-triage …` runs it. */
describe('api-triage', () => {
  test('diagnose --json <file> prints one Diagnosis per line', () => {
    const r = run('diagnose', '--json', 'tests/fixtures/responses/bare-429.txt');
    expect(r.status).toBe(0);
    expect(diagnosisSchema.parse(JSON.parse(r.stdout))).toMatchObject({ status: 429, category: 'rate_limited' });
  });
  test('an unknown command prints the commands and exits 2', () => {
    const r = run('diagnoze');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "diagnoze"');
    expect(r.stderr).toMatch(/diagnose .*\n.*session/);
  });
  test.each(['session', 'import'])('%s says clearly when its module has not landed', (command) => {
    if (existsSync(join(root, `lib/cli/${command}.ts`))) return; // landed: covered by its own tests
    const r = run(command, 'file.har');
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`api-triage ${command}: not available yet`);
  });
});
