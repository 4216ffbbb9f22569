import { fromHtml } from 'hast-util-from-html';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import Link from 'next/link';
import { isValidElement, type ComponentProps, type ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { CopyButton } from '@/components/ui/copy-button';
import { CodeTabs } from './code-tabs';
import { fenceLanguages, groupCodeRuns, languageFamily, languageLabel } from './group-code';

function CodeBlock(props: ComponentProps<'pre'>) {
  return (
    <div className="code-block" data-copy-scope="">
      <pre {...props} />
      <CopyButton />
    </div>
  );
}

function anchored(Tag: 'h2' | 'h3') {
  return function Heading({ id, children, ...rest }: ComponentProps<'h2'> & { children?: ReactNode }) {
    return (
      <Tag id={id} {...rest}>
        {id ? (
          <a className="heading-anchor" href={`#${id}`}>
            {children}
          </a>
        ) : (
          children
        )}
      </Tag>
    );
  };
}

function SmartLink({ href = '', ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...rest} />;
  if (href.startsWith('#')) return <a href={href} {...rest} />;
  return <a href={href} rel="noopener noreferrer" {...rest} />;
}

const components: Partial<Components> = { pre: CodeBlock, h2: anchored('h2'), h3: anchored('h3'), a: SmartLink };

const isCode = (n: ReactNode) => isValidElement(n) && n.type === CodeBlock;

/**
 * Renders the HTML contentlayer made from a Markdown body at build time (GFM, heading ids,
 * shiki) as React elements: parsed into a syntax tree, never injected as a string, so code
 * blocks, headings and links get the components above. With the `raw` source, samples of the
 * same snippet in several languages are shown as tabs.
 */
export function MarkdownContent({ html, raw }: { html: string; raw?: string }) {
  // No keys: children are passed as static lists (jsxs), and every key would be sent in the page's RSC payload.
  const content = toJsxRuntime(fromHtml(html, { fragment: true }), {
    Fragment,
    jsx,
    jsxs,
    components,
    passKeys: false,
  });
  if (raw === undefined) return content;
  return groupCodeRuns(content, fenceLanguages(raw), isCode).map((part, i) =>
    part.kind === 'node' ? (
      part.node
    ) : (
      <CodeTabs key={`tabs-${i}`} langs={part.langs.map(languageFamily)} labels={part.langs.map(languageLabel)}>
        {part.nodes}
      </CodeTabs>
    ),
  );
}
