import { Fragment } from 'react';

/** Catalog text with `inline code` kept as <code>: causes and fixes name headers and flags. */
export function InlineText({ text }: { text: string }) {
  const parts = text.split('`');
  // An odd count of backticks leaves the text as it is rather than guessing.
  if (parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((p, i) => (i % 2 === 1 ? <code key={i}>{p}</code> : <Fragment key={i}>{p}</Fragment>))}</>;
}
