import { describe, expect, it } from "vitest";
import { signUp } from "./lib/Client.ts";

describe("per-person quotas", () => {
  it("answers 429 with Retry-After past a person's quota, for them alone", async () => {
    const env = { RATE_LIMITS: "projects=2/h, invitations=1/d, keys=1/d" };
    const alice = await signUp("Alice");
    const bob = await signUp("Bob");
    const create = (who: typeof alice, name: string) =>
      who.json<{ id: string }>("/api/projects", { method: "POST", json: { name, visibility: "private" }, env });
    expect((await create(alice, "one")).status).toBe(201);
    const second = await create(alice, "two");
    expect(second.status).toBe(201);
    const third = await create(alice, "three");
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(third.body).toMatchObject({
      error: { code: "rate_limited", message: expect.stringContaining("at most 2 an hour per person") },
    });
    // Someone else is not held up by Alice.
    expect((await create(bob, "bob's")).status).toBe(201);

    const invite = (email: string) =>
      alice.json(`/api/projects/${second.body.id}/members`, { method: "POST", json: { email, role: "viewer" }, env });
    expect((await invite("first@example.com")).status).toBe(202);
    expect((await invite("second@example.com")).status).toBe(429);

    const key = () => alice.json("/api/keys", { method: "POST", json: { name: "k", scopes: ["projects:read"] }, env });
    expect((await key()).status).toBe(201);
    expect((await key()).status).toBe(429);
  });
});
