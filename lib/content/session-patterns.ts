import patternIndex from '../../.contentlayer/generated/SessionPatternSet/_index.json';
import { SessionPatterns } from '../session/pattern-schema';

/** The session analysis's patterns from the content build (validated there; parsed here for types). */
const patterns: SessionPatterns = SessionPatterns.parse({ patterns: patternIndex[0]?.patterns ?? [] });

export const getSessionPatterns = (): SessionPatterns => patterns;
