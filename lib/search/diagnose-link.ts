import { redactSecrets } from '../diagnose/redact';
import { encodeShare } from '../diagnose/share-link';

/**
 * `/diagnose#r=…` for a pasted response typed into search: the same share format the
 * diagnose page restores and diagnoses on load, with credentials redacted first, so
 * nothing secret lands in history or the address bar.
 */
export async function diagnoseLink(text: string): Promise<string> {
  return `/diagnose${await encodeShare(redactSecrets(text).text)}`;
}
