import { describe, expect, it } from "vitest";
import { readWrite } from "./WriteStreamer.ts";

describe("readWrite", () => {
  it("reads the path only once its string is complete, and the content as far as it came", () => {
    expect(readWrite('{"path": "src/a')).toEqual({});
    expect(readWrite('{"path": "src/a.ts", "content": "export const a')).toEqual({
      path: "src/a.ts",
      content: "export const a",
    });
    expect(readWrite('{"path": "a.ts", "content": "line\\nnext\\u00')).toEqual({ path: "a.ts", content: "line\nnext" });
    expect(readWrite('{"path": "a.ts", "content": "done"}')).toEqual({ path: "a.ts", content: "done" });
  });

  it("answers nothing for text that is not JSON", () => {
    expect(readWrite("not json")).toEqual({});
    expect(readWrite('{"path": 3, "content": []}')).toEqual({});
  });
});
