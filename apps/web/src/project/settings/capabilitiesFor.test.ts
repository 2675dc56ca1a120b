import { describe, expect, it } from "vitest";
import { capabilitiesFor } from "./capabilitiesFor.ts";

describe("capabilitiesFor", () => {
  it("lets owners change everything", () => {
    expect(capabilitiesFor("owner")).toEqual({
      editDetails: true,
      manageMembers: true,
      transfer: true,
      delete: true,
      leave: true,
    });
  });

  it("lets editors and viewers only leave", () => {
    for (const role of ["editor", "viewer"] as const) {
      expect(capabilitiesFor(role)).toEqual({
        editDetails: false,
        manageMembers: false,
        transfer: false,
        delete: false,
        leave: true,
      });
    }
  });

  it("offers a visitor nothing", () => {
    expect(Object.values(capabilitiesFor(null)).some(Boolean)).toBe(false);
  });
});
