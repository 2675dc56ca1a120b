import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { ApiRequestError, networkError } from "../api/ApiRequestError.ts";
import type { Project } from "../api/Project.ts";
import { fakeProject } from "../dashboard/fakeProject.ts";
import { drainOutbox, type SendCreate } from "./drainOutbox.ts";
import { localDb, type CreateProjectBody } from "./localDb.ts";
import { queueProject } from "./queueProject.ts";

const ME = { id: "me", name: "Ada" };
const T0 = Date.UTC(2026, 0, 1);
const noJitter = () => 0;

/** What the server answers for a create: the project under the client's id. */
const served = (body: CreateProjectBody): Project => ({
  ...fakeProject(body.id, ME.id, { name: body.name, role: "owner", slug: `slug-${body.id}` }),
});

/** A fake server: answers from `script` in turn (a thrown error, or the project) and records what it got. */
function fakeSend(...script: Array<Error | "ok">): SendCreate & { got: string[] } {
  const got: string[] = [];
  const send = async (body: CreateProjectBody) => {
    got.push(body.id);
    const next = script.shift() ?? "ok";
    if (next instanceof Error) throw next;
    return served(body);
  };
  return Object.assign(send, { got });
}

async function queue(id: string, userId = ME.id) {
  return queueProject({ id, name: `Project ${id}`, visibility: "private" }, { id: userId, name: "x" }, T0);
}

beforeEach(async () => {
  await Promise.all(localDb.tables.map((table) => table.clear()));
});

describe("drainOutbox", () => {
  it("sends queued creates in the order they were made and stores the server's answer", async () => {
    await queue("first00000000000");
    await queue("second0000000000");
    const send = fakeSend();

    const report = await drainOutbox(send, { userId: ME.id, now: () => T0 });

    expect(send.got).toEqual(["first00000000000", "second0000000000"]);
    expect(report).toEqual({ sent: 2, refused: 0, nextAttemptAt: null });
    expect(await localDb.outbox.count()).toBe(0);
    const stored = await localDb.projects.get("first00000000000");
    expect(stored).toMatchObject({ slug: "slug-first00000000000", pending: false });
  });

  it("stops at a failure that may pass, backs off, and never lets a later create overtake it", async () => {
    await queue("first00000000000");
    await queue("second0000000000");
    const send = fakeSend(networkError(false));

    const report = await drainOutbox(send, { userId: ME.id, now: () => T0, random: noJitter });

    expect(send.got).toEqual(["first00000000000"]);
    expect(report.sent).toBe(0);
    // Equal jitter with random() = 0: half of the first step (1 s).
    expect(report.nextAttemptAt).toBe(T0 + 500);
    const [first] = await localDb.outbox.toArray();
    expect(first).toMatchObject({ attempts: 1, lastError: { code: "network", retryable: true } });
    expect((await localDb.projects.get("first00000000000"))?.pending).toBe(true);

    // Before the backoff ends nothing is sent; after it, both go, in order.
    expect(await drainOutbox(send, { userId: ME.id, now: () => T0 + 100 })).toMatchObject({ sent: 0 });
    expect(send.got).toHaveLength(1);
    expect(await drainOutbox(send, { userId: ME.id, now: () => T0 + 600 })).toMatchObject({ sent: 2 });
    expect(send.got).toEqual(["first00000000000", "first00000000000", "second0000000000"]);
  });

  it("waits as long as the server's Retry-After asks when that is longer than the backoff", async () => {
    await queue("first00000000000");
    const send = fakeSend(new ApiRequestError(429, "rate_limited", "Slow down", undefined, 30));
    const report = await drainOutbox(send, { userId: ME.id, now: () => T0, random: noJitter });
    expect(report.nextAttemptAt).toBe(T0 + 30_000);
  });

  it("sends at once when the network returns, whatever the backoff", async () => {
    await queue("first00000000000");
    await drainOutbox(fakeSend(networkError(false)), { userId: ME.id, now: () => T0 });
    const send = fakeSend();
    await drainOutbox(send, { userId: ME.id, now: () => T0 + 1, ignoreBackoff: true });
    expect(send.got).toEqual(["first00000000000"]);
  });

  it("keeps a create the server refused for good, with the reason, and goes on with the rest", async () => {
    await queue("refused000000000");
    await queue("fine000000000000");
    const refusal = new ApiRequestError(400, "validation_failed", "The request body does not match", [
      { path: "name", message: "Name is required" },
    ]);
    const send = fakeSend(refusal);

    const report = await drainOutbox(send, { userId: ME.id, now: () => T0 });

    expect(report).toEqual({ sent: 1, refused: 1, nextAttemptAt: null });
    const [kept] = await localDb.outbox.toArray();
    expect(kept?.body.id).toBe("refused000000000");
    expect(kept?.lastError).toEqual({ code: "validation_failed", message: "name: Name is required", retryable: false });
    expect((await localDb.projects.get("refused000000000"))?.pending).toBe(true);

    // It is not sent again until the person asks (Retry clears lastError).
    await drainOutbox(send, { userId: ME.id, now: () => T0 + 3_600_000 });
    expect(send.got).toEqual(["refused000000000", "fine000000000000"]);
  });

  it("sends only the actions of the person signed in", async () => {
    await queue("mine000000000000");
    await queue("theirs0000000000", "someone-else");
    const send = fakeSend();
    await drainOutbox(send, { userId: ME.id, now: () => T0 });
    expect(send.got).toEqual(["mine000000000000"]);
    expect((await localDb.outbox.toArray()).map((entry) => entry.userId)).toEqual(["someone-else"]);
  });

  it("counts a lapsed session as worth retrying, not as a refusal", async () => {
    await queue("first00000000000");
    const report = await drainOutbox(fakeSend(new ApiRequestError(401, "unauthenticated", "Sign in")), {
      userId: ME.id,
      now: () => T0,
    });
    expect(report.refused).toBe(0);
    expect(report.nextAttemptAt).not.toBeNull();
  });
});
