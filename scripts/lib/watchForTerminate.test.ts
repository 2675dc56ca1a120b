import { describe, expect, it } from "vitest";
import { watchForTerminate } from "./watchForTerminate.ts";

function startup(): Uint8Array {
  const body = new TextEncoder().encode("user\0postgres\0\0");
  const out = new Uint8Array(8 + body.length);
  const view = new DataView(out.buffer);
  view.setInt32(0, out.length);
  view.setInt32(4, 196608);
  out.set(body, 8);
  return out;
}

function message(type: string, body: Uint8Array = new Uint8Array()): Uint8Array {
  const out = new Uint8Array(5 + body.length);
  out[0] = type.charCodeAt(0);
  new DataView(out.buffer).setInt32(1, 4 + body.length);
  out.set(body, 5);
  return out;
}

const terminate = () => message("X");
const query = (sql: string) => message("Q", new TextEncoder().encode(`${sql}\0`));

describe("watchForTerminate", () => {
  it("sees Terminate after startup and queries", () => {
    const seen = watchForTerminate();
    expect(seen(startup())).toBe(false);
    expect(seen(query("select 1"))).toBe(false);
    expect(seen(terminate())).toBe(true);
  });

  it("follows messages split across chunks, one byte at a time", () => {
    const seen = watchForTerminate();
    const bytes = [...startup(), ...query("select 'X'"), ...terminate()];
    const results = bytes.map((b) => seen(new Uint8Array([b])));
    expect(results.indexOf(true)).toBe(bytes.length - 1);
  });

  it("is not fooled by an X inside a message body", () => {
    const seen = watchForTerminate();
    seen(startup());
    expect(seen(query("XXXXX"))).toBe(false);
    expect(seen(message("P", new Uint8Array([0x58, 0, 0, 0, 4])))).toBe(false);
  });
});
