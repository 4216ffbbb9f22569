/**
 * Build step after `contentlayer2 build`: fails the build, naming file and field, on any
 * content problem contentlayer's types do not catch.
 */
import { loadRawContent } from '../content/load-raw';
import { ContentValidationError, validateContent } from '../content/validate';
import { unsafeRegexProblems } from '../content/regex-safety';

const { docs, problems } = loadRawContent('content');
problems.push(...validateContent(docs));
// Rule regexes run on untrusted text: each must be provably linear (recheck, cached by pattern).
problems.push(...(await unsafeRegexProblems(docs)));
if (problems.length > 0) {
  console.error(new ContentValidationError(problems).message);
  process.exit(1);
}
const count = (t: string) => docs.filter((d) => d.type === t).length;
console.log(`content ok: ${count('Entry')} entries, ${count('Guide')} guides, ${count('WizardTree')} wizard trees`);
