import { Children, Fragment, isValidElement, type ReactNode } from 'react';

const LABELS: Record<string, string> = {
  ts: 'TypeScript',
  tsx: 'TypeScript',
  typescript: 'TypeScript',
  js: 'JavaScript',
  javascript: 'JavaScript',
  python: 'Python',
  py: 'Python',
  bash: 'Shell',
  sh: 'Shell',
  shell: 'Shell',
  console: 'Shell',
  http: 'HTTP',
  json: 'JSON',
  yaml: 'YAML',
  xml: 'XML',
  html: 'HTML',
  go: 'Go',
  java: 'Java',
  csharp: 'C#',
  ruby: 'Ruby',
  php: 'PHP',
  text: 'Text',
};
/** A reader who picked "Shell" once wants it for bash and sh alike. */
const FAMILY: Record<string, string> = {
  tsx: 'ts',
  typescript: 'ts',
  javascript: 'js',
  py: 'python',
  sh: 'bash',
  shell: 'bash',
  console: 'bash',
};

export const languageLabel = (lang: string): string => LABELS[lang] ?? (lang ? lang.toUpperCase() : 'Code');
export const languageFamily = (lang: string): string => FAMILY[lang] ?? lang;

/** Languages of the top-level (unindented) fenced blocks of a Markdown source, in order. */
export function fenceLanguages(raw: string): string[] {
  const langs: string[] = [];
  let open: string | null = null;
  for (const line of raw.split('\n')) {
    const m = /^(\s*)(```+|~~~+)\s*([\w#+-]*)/.exec(line);
    if (!m) continue;
    if (open === null) {
      open = m[2]!;
      if (m[1] === '') langs.push(m[3]!.toLowerCase());
    } else if (m[2]!.startsWith(open) && m[3] === '') open = null;
  }
  return langs;
}

/**
 * Split a rendered document's top-level nodes into runs: consecutive code blocks in different
 * languages become one group (rendered as tabs); everything else passes through. `isCode`
 * recognises a code block.
 */
export function groupCodeRuns(
  children: ReactNode,
  langs: readonly string[],
  isCode: (n: ReactNode) => boolean,
): ({ kind: 'node'; node: ReactNode } | { kind: 'tabs'; nodes: ReactNode[]; langs: string[] })[] {
  const out: ReturnType<typeof groupCodeRuns> = [];
  let run: { nodes: ReactNode[]; langs: string[] } = { nodes: [], langs: [] };
  let k = 0;
  const flush = () => {
    const distinct = new Set(run.langs.map(languageFamily)).size === run.langs.length;
    if (run.nodes.length >= 2 && distinct) out.push({ kind: 'tabs', ...run });
    else for (const node of run.nodes) out.push({ kind: 'node', node });
    run = { nodes: [], langs: [] };
  };
  // The renderer returns one Fragment holding the top-level nodes.
  for (const child of Children.toArray(unwrap(children))) {
    if (typeof child === 'string' && child.trim() === '') continue;
    if (isCode(child)) {
      run.nodes.push(child);
      run.langs.push(langs[k++] ?? '');
    } else {
      flush();
      out.push({ kind: 'node', node: child });
    }
  }
  flush();
  return out;
}

/** The Fragment a rendered document comes in, opened to its children. */
function unwrap(n: ReactNode): ReactNode {
  return isValidElement<{ children?: ReactNode }>(n) && n.type === Fragment ? n.props.children : n;
}
