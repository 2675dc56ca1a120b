import { keyProviderSchema } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { KEY_PROVIDERS } from "./providerKeysApi.ts";

describe("KEY_PROVIDERS", () => {
  it("shows every vendor the API takes a key for, and no other", () => {
    expect(KEY_PROVIDERS.map((provider) => provider.id).sort()).toEqual([...keyProviderSchema.options].sort());
  });
});
