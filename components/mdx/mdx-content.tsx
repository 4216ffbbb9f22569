import { getMDXComponent } from 'next-contentlayer2/hooks';
import { isValidElement, type ComponentProps, type ReactNode } from 'react';
import Link from 'next/link';
import { CopyButton } from '@/components/ui/copy-button';
import { CodeTabs } from './code-tabs';
import { fenceLanguages, groupCodeRuns, languageFamily, languageLabel, unwrap } from './group-code';

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

const isCode = (n: ReactNode) => {
  const inner = unwrap(n);
  return typeof inner === 'object' && inner !== null && 'type' in inner && inner.type === CodeBlock;
};

/** Consecutive samples of one snippet in several languages become tabs; `langs` come from the raw source. */
function tabbed(langs: string[]) {
  return function Wrapper({ children }: { children?: ReactNode }) {
    // MDX passes the content as one element of its (hook-free) content function; rendering it
    // here yields the top-level nodes, so runs of code blocks can be seen side by side.
    const content =
      isValidElement<Record<string, unknown>>(children) && typeof children.type === 'function'
        ? (children.type as (p: Record<string, unknown>) => ReactNode)(children.props)
        : children;
    return groupCodeRuns(content, langs, isCode).map((part, i) =>
      part.kind === 'node' ? (
        part.node
      ) : (
        <CodeTabs key={`tabs-${i}`} langs={part.langs.map(languageFamily)} labels={part.langs.map(languageLabel)}>
          {part.nodes}
        </CodeTabs>
      ),
    );
  };
}

const components = { pre: CodeBlock, h2: anchored('h2'), h3: anchored('h3'), a: SmartLink };

/**
 * Renders contentlayer-compiled MDX on the server (the code was produced at build time). With
 * the `raw` source, samples of the same snippet in several languages are shown as tabs.
 */
export function MdxContent({ code, raw }: { code: string; raw?: string }) {
  const Component = getMDXComponent(code);
  const all = raw ? { ...components, wrapper: tabbed(fenceLanguages(raw)) } : components;
  // A server component renders once per build, so creating the component here costs nothing and keeps no state.
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={all} />;
}
