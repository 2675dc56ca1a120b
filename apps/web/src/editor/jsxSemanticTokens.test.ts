import { describe, expect, it } from "vitest";
import { encodeJsxTokens } from "./jsxSemanticTokens.ts";

const TEXT = 23;
const OPEN_TAG = 19;
const ATTRIBUTE = 22;
const KEYWORD = 3;

/** The tokens as [line, char, length, type] in absolute positions, for reading. */
function decode(data: Uint32Array): number[][] {
  const tokens: number[][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl = 0, dc = 0, length = 0, type = 0] = data.subarray(i, i + 4);
    char = dl === 0 ? char + dc : dc;
    line += dl;
    tokens.push([line, char, length, type]);
  }
  return tokens;
}

describe("encodeJsxTokens", () => {
  it("gives JSX text, tag names and attributes their token types, and nothing else a token", () => {
    const text = 'return <p className="x">Click from here</p>;';
    const triples = [0, 6, KEYWORD, 8, 1, OPEN_TAG, 10, 9, ATTRIBUTE, 24, 15, TEXT];
    expect(decode(encodeJsxTokens(text, triples))).toEqual([
      [0, 8, 1, 1],
      [0, 10, 9, 2],
      [0, 24, 15, 0],
    ]);
  });

  it("splits text over several lines into one token per line, without the line breaks", () => {
    const text = "<p>\n  Click from\r\n  here\n</p>";
    const start = 3;
    const end = text.indexOf("</p>");
    expect(decode(encodeJsxTokens(text, [start, end - start, TEXT]))).toEqual([
      [1, 0, 12, 0],
      [2, 0, 6, 0],
    ]);
  });

  it("encodes positions relative to the token before, on its line or the next", () => {
    const text = "<a>x</a>\n<b>y</b>";
    const triples = [1, 1, OPEN_TAG, 3, 1, TEXT, 10, 1, OPEN_TAG, 12, 1, TEXT];
    expect([...encodeJsxTokens(text, triples)]).toEqual([0, 1, 1, 1, 0, 0, 2, 1, 0, 0, 1, 1, 1, 1, 0, 0, 2, 1, 0, 0]);
  });

  it("keeps a span to the text's end", () => {
    expect(decode(encodeJsxTokens("<p>ab", [3, 10, TEXT]))).toEqual([[0, 3, 2, 0]]);
  });
});
