/**
 * Removes secrets from pasted text before it goes into a share link. The decision of what
 * is secret, and how each kind is hidden, is lib/secrets' (one policy for every output).
 */
import { redactText } from '../secrets';

/** The text with secrets replaced, and what was replaced (each kind once). Input beyond the cap is cut. */
export function redactSecrets(text: string): { text: string; redactions: string[] } {
  const { text: out, redactions, truncated } = redactText(text);
  return { text: out, redactions: truncated ? [...redactions, 'text beyond 2 MB (cut)'] : redactions };
}
