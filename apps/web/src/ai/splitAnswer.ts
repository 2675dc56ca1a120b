import MarkdownIt from "markdown-it";
import { readFenceInfo } from "./readFenceInfo.ts";

/** A piece of an answer: prose as sanitized HTML, or a code block for the panel to draw. */
export type AnswerPart =
  | { kind: "prose"; html: string }
  /** `closed`: the block's closing fence arrived, so `code` is all the model meant it to hold. */
  | { kind: "code"; lang: string; code: string; path: string | null; closed: boolean };

// `html: false` escapes any HTML the model writes (markdown-it's default, spelled out
// because it is the sanitizing); links pass markdown-it's `validateLink`, which refuses
// `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false });
// Images would load any URL the model (or a prompt injection in a file) writes: a way to
// send project text to a third party. They are shown as their alt text instead.
markdown.disable("image");

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]?.attrSet("target", "_blank");
  tokens[idx]?.attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/**
 * Splits a Markdown answer (possibly still streaming) into prose and top-level code
 * blocks. A block whose info string has `path=` proposes that file's whole new text.
 * Fences inside lists or quotes stay in the prose, escaped, as markdown-it renders them.
 */
export function splitAnswer(source: string): AnswerPart[] {
  const env = {};
  const tokens = markdown.parse(source, env);
  const lines = source.split("\n");
  const parts: AnswerPart[] = [];
  let start = 0;
  const flushProse = (end: number) => {
    if (end > start) {
      const html = markdown.renderer.render(tokens.slice(start, end), markdown.options, env);
      if (html.trim()) parts.push({ kind: "prose", html });
    }
  };
  tokens.forEach((token, index) => {
    if (token.type !== "fence" || token.level !== 0) return;
    flushProse(index);
    const { lang, path } = readFenceInfo(token.info);
    parts.push({ kind: "code", lang, code: token.content, path, closed: hasClosingFence(token, lines) });
    start = index + 1;
  });
  flushProse(tokens.length);
  return parts;
}

/**
 * Whether a fence ends with its closing line. markdown-it runs an unclosed fence to the end of
 * the text without saying so; its `map` then ends at the last line, which is content, not a
 * fence of the same character at least as long as the opening one (CommonMark's rule).
 */
function hasClosingFence(token: { map: [number, number] | null; markup: string }, lines: string[]): boolean {
  if (!token.map) return false;
  const [start, end] = token.map;
  if (end - 1 <= start) return false;
  const last = (lines[end - 1] ?? "").trim();
  const char = token.markup[0] ?? "`";
  return last.length >= token.markup.length && [...last].every((c) => c === char);
}
