/**
 * `npm run bench`: every benchmark the issues ask for, printed as tables. Each part lives
 * in tests/bench/ and is skipped with a note when not present yet.
 */
import { existsSync } from 'node:fs';

const parts: { file: string; name: string; fn: string }[] = [
  { file: './diagnose.ts', name: 'Diagnosis engine', fn: 'benchDiagnose' },
  { file: './search.ts', name: 'Search', fn: 'benchSearch' },
  { file: './probe.ts', name: 'Probe route', fn: 'benchProbe' },
  { file: './adversarial.ts', name: 'Adversarial inputs (1 MB, worst known per stage)', fn: 'benchAdversarial' },
  { file: './page-weight.ts', name: 'First-load JavaScript per page type', fn: 'benchPageWeight' },
  { file: './session.ts', name: 'Session analysis', fn: 'benchSession' },
  { file: './accuracy.ts', name: 'Accuracy on the real-world evaluation sets', fn: 'benchAccuracy' },
];

let ran = 0;
for (const part of parts) {
  if (!existsSync(new URL(part.file, import.meta.url))) continue;
  console.log(`\n## ${part.name}\n`);
  const mod: Record<string, unknown> = await import(part.file);
  const fn = mod[part.fn];
  if (typeof fn === 'function') {
    await (fn as () => Promise<void>)();
    ran++;
  }
}
if (ran === 0) console.log('nothing to measure yet');
