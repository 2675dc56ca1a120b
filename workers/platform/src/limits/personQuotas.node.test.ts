import { describe, expect, it } from "vitest";
import { DEFAULT_QUOTAS, describeQuota, readQuotas } from "./personQuotas.ts";

describe("readQuotas", () => {
  it("takes the defaults, replacing those RATE_LIMITS names", () => {
    expect(readQuotas(undefined)).toEqual(DEFAULT_QUOTAS);
    expect(readQuotas("")).toEqual(DEFAULT_QUOTAS);
    const read = readQuotas("projects=2/m, invitations = 5/d");
    expect(read.projects).toEqual({ limit: 2, windowSeconds: 60 });
    expect(read.invitations).toEqual({ limit: 5, windowSeconds: 86_400 });
    expect(read.blobs).toEqual(DEFAULT_QUOTAS.blobs);
  });

  it("refuses what it cannot read, saying the shape", () => {
    expect(() => readQuotas("projects=many")).toThrow(/<kind>=<count>\/<m\|h\|d>/);
    expect(() => readQuotas("rockets=2/h")).toThrow(/rockets/);
  });

  it("says a quota in words", () => {
    expect(describeQuota({ limit: 60, windowSeconds: 3600 })).toBe("60 an hour");
    expect(describeQuota({ limit: 5, windowSeconds: 86_400 })).toBe("5 a day");
  });
});
