import { AI_PROVIDERS } from "@wove/db";
import { keyProviderSchema } from "@wove/protocol";
import { describe, expect, it } from "vitest";

describe("the providers a person can keep a key for", () => {
  it("are the same in the database and on the wire", () => {
    expect([...keyProviderSchema.options].sort()).toEqual([...AI_PROVIDERS].sort());
  });
});
