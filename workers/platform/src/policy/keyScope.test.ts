import { describe, expect, it } from "vitest";
import { keyAllows, keyScopeFor, keyWrites } from "./keyScope.ts";

describe("keyScopeFor", () => {
  it("keeps keys away from the account: keys, own AI keys and better-auth's endpoints", () => {
    expect(keyScopeFor("POST", "/api/keys")).toBe("account");
    expect(keyScopeFor("GET", "/api/ai/keys")).toBe("account");
    expect(keyScopeFor("PUT", "/api/ai/keys/openai")).toBe("account");
    expect(keyScopeFor("POST", "/api/ai/keys/openai/test")).toBe("account");
    expect(keyScopeFor("POST", "/api/auth/api-key/create")).toBe("account");
    expect(keyScopeFor("GET", "/api/auth/get-session")).toBe("account");
  });

  it("asks for write on every method that changes state, AI answers included", () => {
    expect(keyScopeFor("POST", "/api/projects")).toBe("write");
    expect(keyScopeFor("PATCH", "/api/projects/p1")).toBe("write");
    expect(keyScopeFor("DELETE", "/api/projects/p1")).toBe("write");
    expect(keyScopeFor("PUT", "/api/projects/p1/blobs")).toBe("write");
    expect(keyScopeFor("POST", "/api/ai/chat")).toBe("write");
    expect(keyScopeFor("POST", "/api/projects/p1/deployments")).toBe("write");
  });

  it("reads with GET and HEAD, and with the POSTs that change nothing", () => {
    expect(keyScopeFor("GET", "/api/projects/p1")).toBe("read");
    expect(keyScopeFor("HEAD", "/api/projects/p1/blobs/abc")).toBe("read");
    expect(keyScopeFor("POST", "/api/projects/p1/room-token")).toBe("read");
    expect(keyScopeFor("POST", "/api/client-errors")).toBe("read");
    // Not a prefix trick: a longer path is its own route.
    expect(keyScopeFor("POST", "/api/projects/p1/room-token/x")).toBe("write");
    expect(keyScopeFor("POST", "/api/keysmith")).toBe("write");
  });
});

describe("keyAllows", () => {
  it("grants by the key's projects scopes and never the account", () => {
    expect(keyAllows({ projects: ["read"] }, "read")).toBe(true);
    expect(keyAllows({ projects: ["read"] }, "write")).toBe(false);
    expect(keyAllows({ projects: ["read", "write"] }, "write")).toBe(true);
    expect(keyAllows({ projects: ["read", "write"] }, "account")).toBe(false);
    expect(keyAllows({}, "read")).toBe(false);
    expect(keyWrites(undefined)).toBe(true);
    expect(keyWrites({ projects: ["read"] })).toBe(false);
  });
});
