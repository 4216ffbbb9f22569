interface Point {
  line: number;
  column: number;
}

/** The part of a Markdown syntax tree (mdast) node this plugin reads. */
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: Point; end: Point };
}

/** The part of the processed file (vfile) this plugin uses. */
interface MdFile {
  fail(reason: string, options: { place?: MdNode['position'] }): never;
}

/**
 * remark plugin: fails the content build on raw HTML in an entry's or guide's body. Bodies are
 * rendered without raw HTML (remark-rehype drops it, and the page never injects strings), so a
 * tag or a comment would vanish from the page without a word; under MDX it was a component or
 * a compile error. Tags inside code (fences, `inline code`) are text and stay allowed.
 */
export function remarkNoHtml() {
  return (tree: MdNode, file: MdFile) => {
    const visit = (node: MdNode) => {
      if (node.type === 'html')
        file.fail(
          `raw HTML is not rendered: ${JSON.stringify(node.value?.slice(0, 60))}; write Markdown, or put it in backticks`,
          { place: node.position },
        );
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
