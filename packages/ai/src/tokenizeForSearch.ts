// Words that appear in nearly every file or question and rank nothing.
const stopWords = new Set(
  (
    "a an and are as at be but by do does for from has have how i if in into is it its of on or so that the " +
    "then there this to was we what when where which why with you your can should would not no yes " +
    "const let var function return import export default class new this true false null undefined " +
    "async await type interface extends implements public private static void"
  ).split(" "),
);

/**
 * The search terms of a text: every identifier or word, lowercased, plus the parts of compound
 * identifiers (`parseToken`, `parse_token` also yield `parse` and `token`), so a question in
 * words finds code in identifiers and a pasted identifier finds its exact definition first.
 */
export function tokenizeForSearch(text: string): string[] {
  const terms: string[] = [];
  for (const [identifier] of text.matchAll(/[A-Za-z_$][A-Za-z0-9_$]*/g)) {
    const whole = identifier.toLowerCase();
    const parts = identifier
      .split(/[_$]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)
      .map((part) => part.toLowerCase())
      .filter((part) => part.length > 1 && !stopWords.has(part));
    if (whole.length > 1 && !stopWords.has(whole)) terms.push(whole);
    if (parts.length > 1) terms.push(...parts);
  }
  return terms;
}
