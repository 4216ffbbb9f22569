import { SessionPatterns } from '../session/pattern-schema';
import { loadRawContent } from './load-raw';

/** The session patterns read straight from content/ (no content build needed), for the CLI and tests. */
export function loadSessionPatternsFromDisk(root = 'content'): SessionPatterns {
  const doc = loadRawContent(root).docs.find((d) => d.type === 'SessionPatternSet');
  return SessionPatterns.parse(doc?.data ?? { patterns: [] });
}
