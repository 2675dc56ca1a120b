import { describe, expect, it } from "vitest";
import { formatChunkNotes, formatKb } from "./formatChunkNotes.ts";

const chunks = [
  { file: "editor.api-F.js", rawBytes: 2_735_946, gzipBytes: 697_789 },
  { file: "index-B.js", rawBytes: 502_606, gzipBytes: 155_830 },
  { file: "IdePage-C.js", rawBytes: 93_664, gzipBytes: 30_546 },
  { file: "index-D.css", rawBytes: 15_422, gzipBytes: 3_950 },
];

describe("formatChunkNotes", () => {
  it("lists the critical path in load order with its total, then every other chunk", () => {
    expect(formatChunkNotes(chunks, ["index-B.js", "IdePage-C.js"])).toEqual([
      "critical path before Monaco, in load order (kB raw/gzip): index-B.js 502.6/155.8, IdePage-C.js 93.7/30.5; " +
        "total 596.3/186.4.",
      "the other 2 chunks, largest gzip first (kB raw/gzip): editor.api-F.js 2,735.9/697.8, index-D.css 15.4/4.0; " +
        "total 2,751.4/701.7.",
    ]);
  });

  it("leaves out the second note when every chunk is on the critical path", () => {
    expect(formatChunkNotes(chunks.slice(1, 2), ["index-B.js"])).toHaveLength(1);
  });
});

describe("formatKb", () => {
  it("prints kilobytes of 1,000 bytes with one decimal and thousands separators", () => {
    expect(formatKb(999)).toBe("1.0");
    expect(formatKb(1_234_567)).toBe("1,234.6");
  });
});
