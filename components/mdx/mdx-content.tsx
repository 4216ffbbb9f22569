import { getMDXComponent } from 'next-contentlayer2/hooks';
import type { ComponentProps, ReactNode } from 'react';
import Link from 'next/link';
import { CopyButton } from '@/components/ui/copy-button';

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

const components = { pre: CodeBlock, h2: anchored('h2'), h3: anchored('h3'), a: SmartLink };

/** Renders contentlayer-compiled MDX on the server (the code was produced at build time). */
export function MdxContent({ code }: { code: string }) {
  const Component = getMDXComponent(code);
  // A server component renders once per build, so creating the component here costs nothing and keeps no state.
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={components} />;
}
