/**
 * A token estimate without a tokenizer, for budgeting before a request and for the UI to show
 * before sending. Vendors' tokenizers differ and are not available in a Worker, so this is a
 * documented heuristic, not a count:
 *
 *   - letters and digits: 4 characters per token (the usual figure for English prose);
 *   - whitespace: 8 characters per token (indentation runs merge into few tokens);
 *   - punctuation and symbols: 1 token each (code's `(){};.=>` rarely merge with words);
 *   - anything beyond Latin scripts (CJK, emoji): 1 token per character.
 *
 * Prose comes out near chars/4 and code near chars/3, which is what the vendors' tokenizers
 * give within roughly ±20%; it errs high on symbol-dense code. Callers keep a safety margin
 * (see `fitContext`) rather than trusting the estimate to the token.
 */
export function estimateTokens(text: string): number {
  let wordChars = 0;
  let spaceChars = 0;
  let tokens = 0;
  for (const char of text) {
    const kind = classify(char);
    if (kind === "word") wordChars++;
    else if (kind === "space") spaceChars++;
    else tokens++;
  }
  return Math.ceil(tokens + wordChars / 4 + spaceChars / 8);
}

// ASCII by code (files are mostly ASCII and this runs over whole projects); the rest by Unicode class.
function classify(char: string): "word" | "space" | "other" {
  const code = char.codePointAt(0) ?? 0;
  if (code < 128) {
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95)
      return "word";
    return code === 32 || (code >= 9 && code <= 13) ? "space" : "other";
  }
  if (code >= 0x2e80) return "other";
  if (/[\p{L}\p{N}]/u.test(char)) return "word";
  return /\s/u.test(char) ? "space" : "other";
}
