import { describe, expect, it } from "vitest";
import { ApiRequestError } from "./ApiRequestError.ts";
import { describeFormError } from "./describeFormError.ts";

const validation = (details: unknown) =>
  new ApiRequestError(400, "validation_failed", "The request body does not match what this route expects", details);

describe("describeFormError", () => {
  it("shows nothing when there is no error", () => {
    expect(describeFormError(null, ["name"])).toEqual({ summary: null, fields: {} });
  });

  it("puts validation failures beside the form's fields and asks to fix them", () => {
    const view = describeFormError(
      validation([
        { path: "name", message: "Name is required" },
        { path: "name", message: "Second message is dropped" },
        { path: "description", message: "Description is at most 1000 characters" },
      ]),
      ["name", "description", "visibility"],
    );
    expect(view.fields).toEqual({ name: "Name is required", description: "Description is at most 1000 characters" });
    expect(view.summary).toBe("Fix the 2 fields marked below.");
  });

  it("keeps failures for fields the form does not show in the summary", () => {
    const view = describeFormError(validation([{ path: "owner.id", message: "Required" }, { message: "Body" }]), [
      "name",
    ]);
    expect(view.fields).toEqual({});
    expect(view.summary).toBe("owner.id: Required Body");
  });

  it("shows the API's message for any other error", () => {
    const conflict = new ApiRequestError(409, "conflict", "They are already a member", { memberId: "m1" });
    expect(describeFormError(conflict, ["email"])).toEqual({ summary: "They are already a member", fields: {} });
  });
});
