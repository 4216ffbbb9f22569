import { allEntries, allGuides } from 'contentlayer/generated';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { MarkdownContent } from '@/components/markdown/markdown-content';

/**
 * Renders built documents (`npm run content`) through the page's renderer and checks the
 * markup a reader gets: copy buttons, language tabs, heading anchors, links, highlighting.
 */
function render(doc: { body: { html: string; raw: string } }): Element[] {
  const html = renderToStaticMarkup(createElement(MarkdownContent, { html: doc.body.html, raw: doc.body.raw }));
  const all: Element[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') all.push(node);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromHtml(html, { fragment: true }));
  return all;
}

const text = (node: Element | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';
const classes = (el: Element) => (el.properties.className as string[] | undefined) ?? [];
const byTag = (els: Element[], tag: string) => els.filter((e) => e.tagName === tag);

// net-epipe: a bash and a Python sample of one fix in a row, an internal and an external link
const entry = allEntries.find((e) => e.slug === 'net-epipe')!;
const guide = allGuides.find((g) => g.slug === 'authentication')!;

describe('MarkdownContent', () => {
  test('each code block has its own copy button, and keeps shiki highlighting for both themes', () => {
    const els = render(entry);
    const blocks = els.filter((e) => classes(e).includes('code-block'));
    const fences = entry.body.raw.match(/^```\w/gm)!.length;
    expect(byTag(els, 'pre')).toHaveLength(fences);
    expect(blocks).toHaveLength(fences);
    for (const block of blocks) {
      const [pre, button] = block.children.filter((c): c is Element => c.type === 'element');
      expect(pre?.tagName).toBe('pre');
      expect(classes(pre!)).toContain('shiki');
      expect(String(pre!.properties.style)).toMatch(/--shiki-light-bg:.*--shiki-dark-bg:/);
      expect(text(button!)).toBe('Copy');
    }
    expect(els.some((e) => /--shiki-light:#[0-9a-f]+;--shiki-dark:#/i.test(String(e.properties.style)))).toBe(true);
  });

  test('a run of samples in several languages becomes one tab list', () => {
    const els = render(entry);
    const tablists = els.filter((e) => e.properties.role === 'tablist');
    expect(tablists).toHaveLength(1);
    expect(tablists[0]!.properties.ariaLabel).toBe('Language');
    expect(byTag(tablists[0]!.children as Element[], 'button').map(text)).toEqual(['Shell', 'Python']);
    const panels = els.filter((e) => e.properties.role === 'tabpanel');
    expect(panels.map((p) => byTag(p.children as Element[], 'div').length)).toEqual([1, 1]);
  });

  test.each([
    ['entry', 'h2', entry],
    ['guide', 'h3', guide],
  ] as const)('%s headings (%s) keep their ids and link to themselves', (_, tag, doc) => {
    const headings = byTag(render(doc), tag);
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) {
      const anchor = h.children[0] as Element;
      expect(h.properties.id).toMatch(/^[a-z0-9-]+$/);
      expect(anchor.tagName).toBe('a');
      expect(anchor.properties.href).toBe(`#${String(h.properties.id)}`);
      expect(classes(anchor)).toContain('heading-anchor');
    }
  });

  test('internal links stay on the site; external ones carry rel=noopener noreferrer', () => {
    const links = byTag(render(entry), 'a').filter((a) => !classes(a).includes('heading-anchor'));
    const internal = links.find((a) => a.properties.href === '/codes/curl-56');
    const external = links.find((a) => String(a.properties.href).startsWith('https://curl.se/'));
    expect(text(internal!)).toBe('(56)');
    expect(internal!.properties.rel).toBeUndefined();
    expect(external!.properties.rel).toEqual(['noopener', 'noreferrer']);
  });
});
