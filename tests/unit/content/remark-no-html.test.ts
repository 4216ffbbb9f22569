import { describe, expect, test } from 'vitest';
import { remarkNoHtml } from '@/lib/content/remark-no-html';

const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 9 } });
const paragraph = (...children: object[]) => ({ type: 'root', children: [{ type: 'paragraph', children }] });

/** Runs the plugin's transformer on a syntax tree and returns the failure it raised, if any. */
function check(tree: object): { reason: string; place: unknown } | null {
  const file = {
    fail(reason: string, options: { place?: unknown }): never {
      throw Object.assign(new Error(reason), { place: options.place });
    },
  };
  try {
    remarkNoHtml()(tree as Parameters<ReturnType<typeof remarkNoHtml>>[0], file);
    return null;
  } catch (e) {
    return { reason: (e as Error).message, place: (e as { place: unknown }).place };
  }
}

describe('remarkNoHtml', () => {
  test.each([
    [
      'a tag inside a paragraph',
      paragraph({ type: 'text', value: 'press ' }, { type: 'html', value: '<kbd>', position: at(4) }),
      '<kbd>',
    ],
    [
      'an HTML comment',
      { type: 'root', children: [{ type: 'html', value: '<!-- todo -->', position: at(2) }] },
      '<!-- todo -->',
    ],
  ])('fails on %s, naming the place', (_, tree, html) => {
    const failure = check(tree);
    expect(failure?.reason).toBe(`raw HTML is not rendered: "${html}"; write Markdown, or put it in backticks`);
    expect(failure?.place).toHaveProperty('start.line');
  });

  test.each([
    ['a tag in inline code', paragraph({ type: 'inlineCode', value: '<Code>' })],
    [
      'a tag in a fenced block',
      { type: 'root', children: [{ type: 'code', lang: 'tsx', value: '<Code lang="ts" />' }] },
    ],
    ['plain text', paragraph({ type: 'text', value: 'a < b > c' })],
  ])('accepts %s', (_, tree) => {
    expect(check(tree)).toBeNull();
  });
});
