import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  test('session analyses a log as one session', () => {
    const dir = mkdtempSync(join(tmpdir(), 'api-triage-bin-'));
    const log = join(dir, 'client.log');
    const line = (i: number) => `2026-11-30T10:00:0${i}.000Z POST https://api.example.com/v1/sync 429`;
    writeFileSync(log, [0, 1, 2, 3, 4].map(line).join('\n'));
    const r = run('session', '--json', log);
    expect(r.status).toBe(0);
    const analysis = JSON.parse(r.stdout) as { patterns: { kind: string }[]; exchanges: unknown[] };
    expect(analysis.exchanges).toHaveLength(5);
    expect(analysis.patterns.map((p) => p.kind)).toContain('retry_storm');
  });
  test('import reads a curl command as a request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'api-triage-bin-'));
    const file = join(dir, 'call.sh');
    writeFileSync(
      file,
      "curl -X POST https://api.example.com/v1/items -H 'content-type: application/json' -d '{\"a\":1}'",
    );
    const r = run('import', '--json', file);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      requests: [{ method: 'POST', url: 'https://api.example.com/v1/items', body: '{"a":1}' }],
      error: null,
    });
  });
});
