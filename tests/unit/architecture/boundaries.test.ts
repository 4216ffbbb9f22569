import { readdirSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

/**
 * The "may import" table of ARCHITECTURE.md is enforced by eslint.config.mjs. Each case lints
 * one import as if it stood in a file of that folder and expects the rule to fire (or not).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport const x = 1;\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

const cases: [string, string, string, boolean][] = [
  ['engine imports next', 'lib/diagnose/x.ts', "import { headers } from 'next/headers';", true],
  ['engine imports react', 'lib/diagnose/x.ts', "import { useState } from 'react';", true],
  ['engine imports node:*', 'lib/diagnose/x.ts', "import { readFileSync } from 'node:fs';", true],
  [
    'engine imports the content loader',
    'lib/diagnose/x.ts',
    "import { getRuleSet } from '../content/rules-generated';",
    true,
  ],
  [
    'engine imports the content alias',
    'lib/diagnose/x.ts',
    "import { PROVIDERS } from '@/lib/content/taxonomy';",
    true,
  ],
  ['engine imports contentlayer', 'lib/diagnose/x.ts', "import { allEntries } from 'contentlayer/generated';", true],
  ['engine imports its own files', 'lib/diagnose/x.ts', "import { classify } from './classify';", false],
  ['lib imports components', 'lib/search/x.ts', "import { CopyButton } from '@/components/ui/copy-button';", true],
  ['lib imports app (relative)', 'lib/content/x.ts', "import page from '../../app/page';", true],
  ['component imports lib/probe', 'components/playground/x.tsx', "import { runProbe } from '@/lib/probe/probe';", true],
  ['component imports server-only', 'components/ui/x.tsx', "import 'server-only';", true],
  [
    'component imports lib/request',
    'components/playground/x.tsx',
    "import { emptyDraft } from '@/lib/request/draft';",
    false,
  ],
  ['request model imports lib/probe', 'lib/request/x.ts', "import { runProbe } from '../probe/probe';", true],
  ['request model imports node:*', 'lib/request/x.ts', "import { lookup } from 'node:dns';", true],
];

describe('import boundaries (eslint.config.mjs)', () => {
  test.each(cases)('%s → restricted: %s', async (_name, file, source, expected) => {
    expect(await restricted(file, source)).toBe(expected);
  });

  test('every lib/probe module is marked server-only', () => {
    const missing = readdirSync('lib/probe')
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => !/^import 'server-only';/m.test(readFileSync(`lib/probe/${f}`, 'utf8')));
    expect(missing).toEqual([]);
  });
});
