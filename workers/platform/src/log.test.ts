import { describe, expect, it } from "vitest";
import { redact } from "./log.ts";

describe("redact", () => {
  it("masks credentials in connection strings", () => {
    expect(redact("connect postgres://admin:hunter2@db.neon.tech/main failed")).toBe(
      "connect postgres://***@db.neon.tech/main failed",
    );
    expect(redact("wss://token@proxy/v2")).toBe("wss://***@proxy/v2");
  });

  it("leaves text without credentials alone", () => {
    expect(redact("GET https://example.com/a@b and mail me@x.org")).toBe(
      "GET https://example.com/a@b and mail me@x.org",
    );
  });
});
