import { describe, expect, it } from "vitest";
import { watchReadyForQuery } from "./watchReadyForQuery.ts";

/** A backend message: `type`, its length, `body`. */
function message(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(5 + body.length);
  out[0] = type.charCodeAt(0);
  new DataView(out.buffer).setInt32(1, 4 + body.length);
  out.set(body, 5);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);
const ready = (status: "I" | "T" | "E") => message("Z", text(status));
// A DataRow whose bytes look like a ReadyForQuery, to catch a reader that scans instead of framing.
const decoy = message("D", concat(text("xx"), ready("I"), new Uint8Array(9000)));
const reply = concat(message("T", text("row description")), decoy, message("C", text("SELECT 1\0")), ready("T"));

describe("watchReadyForQuery", () => {
  it("finds the final ReadyForQuery however the reply is cut into chunks", () => {
    for (const cut of [1, 3, 5, 6, 7, 100, 8192, reply.length - 6, reply.length - 3, reply.length - 1]) {
      const watch = watchReadyForQuery();
      const first = watch(reply.subarray(0, cut));
      const second = watch(reply.subarray(cut));
      expect([first, second], `cut at ${cut}`).toEqual([undefined, false]);
    }
  });

  it("reads a reply fed a byte at a time", () => {
    const watch = watchReadyForQuery();
    const seen = [...concat(reply, ready("I"))].map((byte) => watch(new Uint8Array([byte])));
    expect(seen.filter((status) => status !== undefined)).toEqual([false, true]);
  });

  it("reports the last status in a chunk that holds several replies", () => {
    const watch = watchReadyForQuery();
    expect(watch(concat(ready("T"), message("C", text("COMMIT\0")), ready("I")))).toBe(true);
    expect(watch(concat(ready("I"), ready("E")))).toBe(false);
  });
});
