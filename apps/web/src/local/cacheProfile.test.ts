import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/authClient.ts";
import { fakeProject } from "../dashboard/fakeProject.ts";
import { cacheProject, getCachedProject } from "./cacheProject.ts";
import { cacheProfile, forgetProfile, getCachedProfile } from "./cacheProfile.ts";
import { localDb } from "./localDb.ts";
import { queueProject } from "./queueProject.ts";
import { setSetting, getSetting } from "./settings.ts";

const person = (id: string): SessionUser => ({
  id,
  name: `Person ${id}`,
  email: `${id}@example.com`,
  emailVerified: true,
  image: null,
  createdAt: new Date("2026-01-01T00:00:00Z"),
  updatedAt: new Date("2026-01-01T00:00:00Z"),
});

beforeEach(async () => {
  await Promise.all(localDb.tables.map((table) => table.clear()));
});

describe("the saved profile", () => {
  it("remembers the person last signed in, one at a time", async () => {
    await cacheProfile(person("ada"), 1);
    await cacheProfile(person("ada"), 2);
    expect(await getCachedProfile()).toEqual({ ...person("ada"), cachedAt: 2 });
    expect(await localDb.profile.count()).toBe(1);
  });

  it("drops the previous person's project list when someone else signs in, but not their unsent work", async () => {
    await cacheProfile(person("ada"));
    await cacheProject(fakeProject("adas", "ada"));
    await queueProject({ id: "unsent0000000000", name: "Unsent", visibility: "private" }, { id: "ada", name: "Ada" });

    await cacheProfile(person("bob"));

    expect((await getCachedProfile())?.id).toBe("bob");
    expect(await getCachedProject("adas")).toBeUndefined();
    expect(await getCachedProject("unsent0000000000")).toMatchObject({ pending: true });
    expect(await localDb.outbox.count()).toBe(1);
  });

  it("forgets the person and their list on sign-out, keeping unsent work and the device's settings", async () => {
    await cacheProfile(person("ada"));
    await cacheProject(fakeProject("adas", "ada"));
    await queueProject({ id: "unsent0000000000", name: "Unsent", visibility: "private" }, { id: "ada", name: "Ada" });
    await setSetting("theme", "dark");

    await forgetProfile();

    expect(await getCachedProfile()).toBeUndefined();
    expect(await getCachedProject("adas")).toBeUndefined();
    expect(await getCachedProject("unsent0000000000")).toBeDefined();
    expect(await getSetting("theme")).toBe("dark");
  });
});
