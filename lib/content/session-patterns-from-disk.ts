import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SessionPatterns } from '../session/pattern-schema';

/**
 * The session patterns read straight from content/session-patterns.yaml (no content build
 * needed), for the CLI and tests. Only that one file is read: the CLI has already walked the
 * catalog once for the rule set.
 */
export function loadSessionPatternsFromDisk(root = 'content'): SessionPatterns {
  return SessionPatterns.parse(parseYaml(readFileSync(join(root, 'session-patterns.yaml'), 'utf8')));
}
