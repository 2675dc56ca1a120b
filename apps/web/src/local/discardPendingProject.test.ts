import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { fakeProject } from "../dashboard/fakeProject.ts";
import { cacheProject, getCachedProject } from "./cacheProject.ts";
import { discardPendingProject } from "./discardPendingProject.ts";
import { localDb } from "./localDb.ts";
import { queueProject } from "./queueProject.ts";
import { retryOutboxEntry } from "./retryOutboxEntry.ts";

const ME = { id: "me", name: "Me" };

beforeEach(async () => {
  await Promise.all(localDb.tables.map((table) => table.clear()));
});

describe("Retry and Discard of a create the server refused", () => {
  it("Retry makes the entry sendable now", async () => {
    await queueProject({ id: "local0000000000a", name: "Local", visibility: "private" }, ME);
    const [entry] = await localDb.outbox.toArray();
    if (!entry) throw new Error("no entry");
    await localDb.outbox.update(entry.id, {
      attempts: 3,
      nextAttemptAt: Number.POSITIVE_INFINITY,
      lastError: { code: "validation_failed", message: "No", retryable: false },
    });
    await retryOutboxEntry(entry.id);
    expect(await localDb.outbox.get(entry.id)).toMatchObject({ attempts: 0, nextAttemptAt: 0, lastError: null });
  });

  it("Discard removes the project, its queued create and its document from this device", async () => {
    const id = "local0000000000a";
    await queueProject({ id, name: "Local", visibility: "private" }, ME);
    await queueProject({ id: "other0000000000a", name: "Other", visibility: "private" }, ME);
    await createDatabase(`wove:${id}`);

    await discardPendingProject(id);

    expect(await getCachedProject(id)).toBeUndefined();
    expect((await localDb.outbox.toArray()).map((entry) => entry.body.id)).toEqual(["other0000000000a"]);
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(`wove:${id}`);
  });

  it("Discard never touches a project the server has", async () => {
    await cacheProject(fakeProject("onserver", "me"));
    await discardPendingProject("onserver");
    expect(await getCachedProject("onserver")).toBeDefined();
  });
});

function createDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error(`could not open ${name}`));
  });
}
