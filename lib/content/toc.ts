/** One heading of a guide's table of contents. */
export interface TocItem {
  depth: 2 | 3;
  text: string;
  id: string;
}

/** GitHub-style slug, matching what rehype-slug (github-slugger) gives the same heading. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const stripInline = (s: string) =>
  s
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1')
    .trim();

/** Level-2 and level-3 headings of a Markdown body, skipping fenced code. Duplicate ids get -1, -2 like github-slugger. */
export function extractToc(markdown: string): TocItem[] {
  const items: TocItem[] = [];
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = /^(##|###)\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const text = stripInline(m[2]);
    const base = slugify(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    items.push({ depth: m[1].length === 2 ? 2 : 3, text, id: n === 0 ? base : `${base}-${n}` });
  }
  return items;
}

/** A `##`/`###` section of a guide: its heading, anchor id (as in the TOC) and text until the next heading. */
export interface Section extends TocItem {
  title: string;
  text: string;
}

/** Split a guide body into its sections, with the same ids `extractToc` gives the headings. */
export function splitSections(markdown: string): Section[] {
  const toc = extractToc(markdown);
  const sections: Section[] = [];
  let fenced = false;
  let current: Section | undefined;
  let k = 0;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && /^(##|###)\s+/.test(line)) {
      const item = toc[k++];
      if (item) {
        current = { ...item, title: item.text, text: '' };
        sections.push(current);
        continue;
      }
    }
    if (current) current.text += `${line}\n`;
  }
  return sections;
}

/**
 * The first steps of a section (by default "How to fix"), as short list items with `inline code`
 * kept and links reduced to their text: the "what to do" summary at the top of an entry.
 */
export function firstSteps(markdown: string, heading: RegExp = /^how to fix/i, n = 3): string[] {
  const section = splitSections(markdown).find((s) => s.depth === 2 && heading.test(s.title));
  if (!section) return [];
  const steps: string[] = [];
  let fenced = false;
  for (const line of section.text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^(?:\d+\.|[-*])\s+(.+)$/.exec(line);
    if (!m?.[1]) continue;
    const text = m[1]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .trim();
    // The first sentence is the instruction; the rest is explanation found further down.
    const first = /^(.{20,}?[.;])\s/.exec(text)?.[1] ?? text;
    steps.push(first.length > 200 ? `${first.slice(0, 199).replace(/\s+\S*$/, '')}…` : first);
    if (steps.length === n) break;
  }
  return steps;
}
