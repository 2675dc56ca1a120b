import { describe, expect, it } from "vitest";
import { formatDuration, formatSiteUrl, formatWhen } from "./formatDeployment.ts";

describe("formatDuration", () => {
  it("says milliseconds, seconds or minutes as fits", () => {
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(4240)).toBe("4.2 s");
    expect(formatDuration(42_000)).toBe("42 s");
    expect(formatDuration(125_000)).toBe("2 min 5 s");
    expect(formatDuration(120_000)).toBe("2 min");
  });

  it("shows a dash for a deployment still running", () => {
    expect(formatDuration(null)).toBe("—");
  });
});

describe("formatWhen", () => {
  const now = Date.parse("2026-05-01T12:00:00Z");
  it("says how long ago, then the date", () => {
    expect(formatWhen("2026-05-01T11:59:50Z", now)).toBe("just now");
    expect(formatWhen("2026-05-01T11:55:00Z", now)).toBe("5 min ago");
    expect(formatWhen("2026-05-01T09:00:00Z", now)).toBe("3 h ago");
    expect(formatWhen("2026-04-20T09:00:00Z", now)).toBe("2026-04-20");
  });
});

describe("formatSiteUrl", () => {
  it("drops the scheme and a bare trailing slash", () => {
    expect(formatSiteUrl("http://demo-ann.localhost:8787/")).toBe("demo-ann.localhost:8787");
    expect(formatSiteUrl("https://demo.example.dev/app")).toBe("demo.example.dev/app");
  });
});
