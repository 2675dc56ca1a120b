import { describe, expect, it } from "vitest";
import { parseLogLine } from "./parseLogLine.ts";

describe("parseLogLine", () => {
  it("finds the file, line and column of an esbuild error", () => {
    const text = 'src/worker.ts:3:10: Expected ";" but found "x"\n    const a = x y';
    expect(parseLogLine(text)).toEqual({ text, location: { file: "src/worker.ts", line: 3, column: 10 } });
  });

  it("reads a warning's location and a location without a column", () => {
    expect(parseLogLine("warning: worker.js:7:1: Unused").location).toEqual({ file: "worker.js", line: 7, column: 1 });
    expect(parseLogLine("index.html:12: bad").location).toEqual({ file: "index.html", line: 12, column: 1 });
  });

  it("does not take ordinary lines for locations", () => {
    for (const text of [
      "Build failed:",
      "Detected a worker project (worker.js exports fetch)",
      "Health check passed (GET / answered 200). Live at http://demo-ann.localhost:8787/",
      "Deploy failed: an internal error; try again. The previous version stays live.",
    ]) {
      expect(parseLogLine(text).location).toBeNull();
    }
  });
});
