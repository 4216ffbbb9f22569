import type { WizardTree } from 'contentlayer/generated';
import { wizardUrl, type WizardStep } from '@/lib/content/wizard';

interface Box {
  key: string;
  label: string;
  x: number;
  depth: number;
  leaf: boolean;
  /** the page of this question or result */
  href: string;
}
interface Edge {
  from: string;
  to: string;
}

const COL = 26;
const ROW = 64;
const PAD = 16;
const clip = (s: string, n = 34) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Tidy layout: leaves take the next column, a question sits over the middle of its answers; each question is placed once. */
function layout(tree: WizardTree) {
  const boxes: Box[] = [];
  const edges: Edge[] = [];
  const placed = new Map<string, number>();
  let column = 0;
  const place = (nodeId: string, depth: number, path: string[]): number => {
    const known = placed.get(nodeId);
    if (known !== undefined) return known;
    const node = tree.nodes.find((n) => n.id === nodeId);
    if (!node) return column++;
    placed.set(nodeId, -1); // guards against cycles while the children are placed
    const xs = node.answers.map((a) => {
      if (a.next) {
        edges.push({ from: nodeId, to: a.next });
        return place(a.next, depth + 1, [...path, a.id]);
      }
      const key = `${nodeId}/${a.id}`;
      edges.push({ from: nodeId, to: key });
      boxes.push({
        key,
        label: a.result?.title ?? a.label,
        x: column,
        depth: depth + 1,
        leaf: true,
        href: wizardUrl(tree, [...path, a.id]),
      });
      return column++;
    });
    const real = xs.filter((x) => x >= 0);
    const x = real.length ? (Math.min(...real) + Math.max(...real)) / 2 : column++;
    placed.set(nodeId, x);
    boxes.push({ key: nodeId, label: node.question, x, depth, leaf: false, href: wizardUrl(tree, path) });
    return x;
  };
  place(tree.start, 0, []);
  return { boxes, edges, columns: column, depth: Math.max(0, ...boxes.map((b) => b.depth)) };
}

/**
 * A small server-rendered map of the whole tree: dots for questions and results, each a link to
 * its page; your path is highlighted and labelled in a column right of the tree (one label per
 * row, so labels never cover a dot). The map scrolls inside its own box on a phone.
 */
export function WizardDiagram({ tree, steps }: { tree: WizardTree; steps: WizardStep[] }) {
  const { boxes, edges, columns, depth } = layout(tree);
  const last = steps.at(-1);
  const onPath = new Set(steps.map((s) => s.node.id));
  if (last) onPath.add(`${last.node.id}/${last.answer.id}`);
  const pos = new Map(boxes.map((b) => [b.key, { cx: PAD + b.x * COL + COL / 2, cy: PAD + b.depth * ROW }]));
  const labelX = PAD + Math.max(1, columns) * COL + 12;
  const width = labelX + 240;
  const height = PAD * 2 + depth * ROW + 8;
  return (
    <figure className="wizard-diagram">
      <figcaption>
        Where this result sits in “{tree.title}”: every dot is a question or a result; your path is highlighted.
      </figcaption>
      <div
        className="wizard-diagram-scroll"
        tabIndex={0}
        role="group"
        aria-label="Decision tree diagram (scrolls sideways)"
      >
        <svg
          role="group"
          aria-label={`Decision tree diagram with ${boxes.length} questions and results; your path has ${steps.length} answers`}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
        >
          {edges.map((e) => {
            const a = pos.get(e.from);
            const b = pos.get(e.to);
            if (!a || !b) return null;
            return (
              <line
                key={`${e.from}>${e.to}`}
                x1={a.cx}
                y1={a.cy}
                x2={b.cx}
                y2={b.cy}
                className={onPath.has(e.from) && onPath.has(e.to) ? 'edge hot' : 'edge'}
              />
            );
          })}
          {boxes.map((b) => {
            const p = pos.get(b.key)!;
            const hot = onPath.has(b.key);
            return (
              <g key={b.key} className={`${b.leaf ? 'leaf' : 'question'}${hot ? ' hot' : ''}`}>
                <a href={b.href} aria-label={`${b.leaf ? 'Result' : 'Question'}: ${b.label}`}>
                  {b.leaf ? (
                    <rect x={p.cx - 6} y={p.cy - 6} width={12} height={12} rx={3} />
                  ) : (
                    <circle cx={p.cx} cy={p.cy} r={hot ? 9 : 7} />
                  )}
                  <title>{b.label}</title>
                </a>
                {hot && (
                  <>
                    <line className="leader" x1={p.cx + 10} y1={p.cy} x2={labelX - 4} y2={p.cy} />
                    <text x={labelX} y={p.cy + 4}>
                      {clip(b.label)}
                    </text>
                  </>
                )}
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
