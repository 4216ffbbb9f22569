/**
 * Rule regexes come from content and run on untrusted pasted text, so they must compile
 * and must not backtrack catastrophically. This is a conservative structural check:
 * a quantified group that itself contains an unbounded quantifier (`(a+)+`, `(\w*)*`,
 * `(x|x+)*`) is rejected, as are back-references and look-behinds.
 */
export function regexProblem(source: string): string | null {
  try {
    new RegExp(source, 'iu');
  } catch (e) {
    return `invalid regex /${source}/: ${(e as Error).message}`;
  }
  if (/\\[1-9]|\\k</.test(source)) return `regex /${source}/ uses a back-reference`;
  if (/\(\?<[=!]/.test(source)) return `regex /${source}/ uses a look-behind`;
  if (hasNestedQuantifier(source))
    return `regex /${source}/ nests an unbounded quantifier inside a repeated group (catastrophic backtracking)`;
  return null;
}

function hasNestedQuantifier(src: string): boolean {
  // Track, for each open group, whether it contains an unbounded quantifier.
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      stack.push(false);
      continue;
    }
    const unbounded = c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(src.slice(i)));
    if (c === ')') {
      const inner = stack.pop() ?? false;
      const next = src[i + 1];
      const repeated = next === '*' || next === '+' || (next === '{' && /^\{\d+,\d*\}/.test(src.slice(i + 1)));
      if (inner && repeated) return true;
      if (inner && stack.length) stack[stack.length - 1] = true;
      continue;
    }
    if (unbounded && stack.length) stack[stack.length - 1] = true;
  }
  return false;
}
