import { describe, expect, it } from "vitest";
import { credentialAttributes, MIN_PASSWORD_LENGTH } from "./credentialAttributes.ts";

describe("credentialAttributes", () => {
  it("lets a password manager fill one's own email but not the address of someone invited", () => {
    expect(credentialAttributes.email("yours")).toMatchObject({ type: "email", autoComplete: "email", required: true });
    expect(credentialAttributes.email("theirs")).toMatchObject({ type: "email", autoComplete: "off", required: true });
  });

  it("keeps phones from capitalising or correcting an address", () => {
    expect(credentialAttributes.email("yours")).toMatchObject({
      inputMode: "email",
      autoCapitalize: "none",
      autoCorrect: "off",
      spellCheck: false,
    });
  });

  it("asks for a length only where a password is chosen", () => {
    expect(credentialAttributes.password("new")).toMatchObject({
      autoComplete: "new-password",
      minLength: MIN_PASSWORD_LENGTH,
    });
    const current = credentialAttributes.password("current");
    expect(current).toMatchObject({ type: "password", autoComplete: "current-password", required: true });
    expect(current).not.toHaveProperty("minLength");
  });
});
