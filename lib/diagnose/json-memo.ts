/**
 * One parsed body handed from the parser to the analysis. The parser has to know whether a
 * body is strict JSON (else the lenient readers take it) and the analysis needs its value:
 * parsing a 2 KB body twice was a tenth of a diagnosis. The value is handed over once and
 * then forgotten, so no later diagnosis ever sees an object another one held.
 */
let heldText: string | null = null;
let heldValue: unknown;

/**
 * Bodies above this are probed for their top-level members instead of parsed whole (see
 * json-probe): by the analysis, and so by the parser too, which holds nothing for them.
 */
export const JSON_PARSE_CAP = 256 * 1024;

/** Parses strict JSON; the value is held for `takeParsed` of the same text. Throws like JSON.parse. */
export function parseAndHold(text: string): unknown {
  const value: unknown = JSON.parse(text);
  heldText = text;
  heldValue = value;
  return value;
}

/** The value `parseAndHold` parsed from this very text, once; undefined when it was not held. */
export function takeParsed(text: string): { value: unknown } | undefined {
  if (heldText === null || heldText !== text) return undefined;
  const value = heldValue;
  heldText = null;
  heldValue = undefined;
  return { value };
}
