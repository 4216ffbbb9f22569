import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadRawContent } from '@/lib/content/load-raw';
import { ContentValidationError, validateContent } from '@/lib/content/validate';

const fixture = (name: string) => join('tests/fixtures/content', name);
const problemsOf = (name: string) => {
  const { docs, problems } = loadRawContent(fixture(name));
  return [...problems, ...validateContent(docs)];
};

describe('content validation', () => {
  test('a valid tree of content has no problems', () => {
    expect(problemsOf('valid')).toEqual([]);
  });

  test.each([
    ['broken-category', 'codes/fx-bad.mdx', 'category', /rate_limited/],
    ['broken-refs', 'codes/fx-refs.mdx', 'related[0]', /does-not-exist/],
    ['broken-regex', 'codes/fx-regex.mdx', 'match.body[0]', /invalid regex/],
    ['broken-regex', 'codes/fx-regex.mdx', 'match.body[1]', /catastrophic backtracking/],
    ['broken-wizard', 'wizard/fx-broken.yaml', 'nodes[0](q1).answers[1].next', /nowhere/],
    ['broken-wizard', 'wizard/fx-broken.yaml', 'nodes(q2).answers(back).next', /cycle/],
    ['broken-wizard', 'wizard/fx-broken.yaml', 'nodes[1](q2).answers[1].result.entry', /missing-entry/],
    ['broken-wizard', 'wizard/fx-broken.yaml', 'nodes[1](q2).answers[2].result.guide', /no-such-heading/],
    ['broken-wizard', 'wizard/fx-broken.yaml', 'nodes(orphan)', /unreachable/],
    ['broken-structure', 'codes/fx-nofix.mdx', '(body)', /How to fix/],
    ['broken-structure', 'wizard/fx-shallow.yaml', 'nodes[0].help', /expected string/],
    ['broken-structure', 'wizard/fx-shallow.yaml', 'nodes[0].answers', /2 to 6 answers/],
    ['broken-structure', 'wizard/fx-shallow.yaml', 'nodes[0].answers[0].result.fixes', /2 to 4/],
    ['broken-structure', 'wizard/fx-shallow.yaml', 'nodes', /1 questions deep/],
    ['broken-provider', 'providers/fx-bad.yaml', 'id', /fx-bad/],
    ['broken-provider', 'providers/fx-bad.yaml', 'detect[0].header', /lower-case/],
    ['broken-provider', 'providers/fx-bad.yaml', 'detect[1]', /exactly one of/],
    ['broken-provider', 'providers/fx-bad.yaml', 'codes[0].body', /JSON path/],
    ['broken-provider', 'providers/fx-bad.yaml', 'retry[0].unit', /seconds/],
    ['broken-provider', 'codes/fx-unknown-provider.mdx', 'provider', /providers\/nobody-knows\.yaml/],
  ])('%s: %s field %s is reported', (dir, file, field, message) => {
    const problem = problemsOf(dir).find((p) => p.file === file && p.field === field);
    expect(problem, JSON.stringify(problemsOf(dir), null, 2)).toBeDefined();
    expect(problem?.message).toMatch(message);
  });

  test('the error message names the file and the field', () => {
    const error = new ContentValidationError(problemsOf('broken-category'));
    expect(error.message).toContain('content/codes/fx-bad.mdx');
    expect(error.message).toContain('field `category`');
  });

  test('a duplicate code across two entries names both files', () => {
    const { docs } = loadRawContent(fixture('valid'));
    const copy = { ...docs.find((d) => d.path === 'codes/fx-other.mdx')!, path: 'codes/elsewhere/fx-copy.mdx' };
    copy.data = { ...copy.data, codes: ['FX-TEAPOT'] };
    const problems = validateContent([...docs, copy]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'codes/elsewhere/fx-copy.mdx',
        field: 'codes[0]',
        message: expect.stringContaining('codes/fx-teapot.mdx'),
      }),
    );
  });

  test('the build step exits non-zero and names the file and field of an unknown category', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(fixture('broken-category'), join(root, 'content'), { recursive: true });
    let output = '';
    let status = 0;
    try {
      execFileSync(join(process.cwd(), 'node_modules/.bin/tsx'), [join(process.cwd(), 'lib/cli/validate-content.ts')], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      status = err.status;
      output = err.stderr;
    }
    expect(status).toBe(1);
    expect(output).toContain('content/codes/fx-bad.mdx: field `category`');
  });
});

describe('the real content', () => {
  test('passes validation', () => {
    expect(problemsOf('../../../content')).toEqual([]);
  });
});
