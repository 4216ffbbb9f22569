import type { WizardTree } from 'contentlayer/generated';
import type { WizardStep } from '@/lib/content/wizard';

interface Box { key: string; label: string; x: number; depth: number; leaf: boolean }
interface Edge { from: string; to: string }

const W = 132;
const H = 40;
const GAP_X = 16;
const GAP_Y = 36;
const clip = (s: string, n = 20) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Tidy layout: leaves take the next column, a question sits over the middle of its answers. */
function layout(tree: WizardTree) {
  const boxes: Box[] = [];
  const edges: Edge[] = [];
  let column = 0;
  const place = (nodeId: string, depth: number, seen: Set<string>): number => {
    const node = tree.nodes.find((n) => n.id === nodeId);
    if (!node || seen.has(nodeId)) return column++;
    const xs = node.answers.map((a) => {
      if (a.next) {
        edges.push({ from: nodeId, to: `${a.next}` });
        return place(a.next, depth + 1, new Set([...seen, nodeId]));
      }
      const key = `${nodeId}/${a.id}`;
      edges.push({ from: nodeId, to: key });
      boxes.push({ key, label: a.result?.title ?? a.label, x: column, depth: depth + 1, leaf: true });
      return column++;
    });
    const x = xs.length ? (Math.min(...xs) + Math.max(...xs)) / 2 : column++;
    boxes.push({ key: nodeId, label: node.question, x, depth, leaf: false });
    return x;
  };
  place(tree.start, 0, new Set());
  return { boxes, edges, columns: column, depth: Math.max(0, ...boxes.map((b) => b.depth)) };
}

/** A small server-rendered map of the tree with the path taken highlighted. */
export function WizardDiagram({ tree, steps }: { tree: WizardTree; steps: WizardStep[] }) {
  const { boxes, edges, columns, depth } = layout(tree);
  const last = steps.at(-1);
  const onPath = new Set(steps.map((s) => s.node.id));
  if (last) onPath.add(`${last.node.id}/${last.answer.id}`);
  const pos = new Map(boxes.map((b) => [b.key, { cx: b.x * (W + GAP_X) + W / 2, y: b.depth * (H + GAP_Y) }]));
  const width = Math.max(1, columns) * (W + GAP_X);
  const height = (depth + 1) * (H + GAP_Y);
  return (
    <figure className="wizard-diagram">
      <figcaption>Where this result sits in “{tree.title}” (your path is highlighted)</figcaption>
      <div className="wizard-diagram-scroll" tabIndex={0} role="group" aria-label="Decision tree diagram (scrolls sideways)">
        <svg role="img" aria-label={`Decision tree diagram with ${boxes.length} boxes; your path has ${steps.length} answers`} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
          {edges.map((e) => {
            const a = pos.get(e.from);
            const b = pos.get(e.to);
            if (!a || !b) return null;
            const hot = onPath.has(e.from) && onPath.has(e.to);
            return <line key={`${e.from}>${e.to}`} x1={a.cx} y1={a.y + H} x2={b.cx} y2={b.y} className={hot ? 'edge hot' : 'edge'} />;
          })}
          {boxes.map((b) => {
            const p = pos.get(b.key)!;
            return (
              <g key={b.key} className={`${b.leaf ? 'leaf' : 'question'}${onPath.has(b.key) ? ' hot' : ''}`}>
                <rect x={p.cx - W / 2} y={p.y} width={W} height={H} rx={b.leaf ? 14 : 4} />
                <text x={p.cx} y={p.y + H / 2 + 4} textAnchor="middle">{clip(b.label)}</text>
                <title>{b.label}</title>
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
