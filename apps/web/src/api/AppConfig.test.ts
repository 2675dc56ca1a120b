import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, readAppConfig } from "./AppConfig.ts";

describe("readAppConfig", () => {
  it("reads what the platform offers", () => {
    expect(readAppConfig({ github: true, mode: "local" })).toEqual({ github: true, mode: "local" });
  });

  it("offers nothing optional for anything unexpected", () => {
    expect(readAppConfig(null)).toEqual(DEFAULT_CONFIG);
    expect(readAppConfig({ github: "yes", mode: "staging" })).toEqual({ github: false, mode: "production" });
  });
});
