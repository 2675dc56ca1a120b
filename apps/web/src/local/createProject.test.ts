import "fake-indexeddb/auto";
import { describe, expect, it, beforeEach } from "vitest";
import { ApiRequestError, networkError } from "../api/ApiRequestError.ts";
import { fakeProject } from "../dashboard/fakeProject.ts";
import { getCachedProject } from "./cacheProject.ts";
import { createProject } from "./createProject.ts";
import { localDb, type CreateProjectBody } from "./localDb.ts";

const ME = { id: "me", name: "Ada" };
const INPUT = { name: "Trip", visibility: "private" as const };
/** newId()'s shape: what the server accepts as a client-chosen id. */
const ID_SHAPE = /^[0-9a-hjkmnp-tv-z]{16}$/;

beforeEach(async () => {
  await Promise.all(localDb.tables.map((table) => table.clear()));
});

describe("createProject (local first)", () => {
  it("creates on the server under an id chosen here, and saves the answer", async () => {
    const sent: CreateProjectBody[] = [];
    const send = async (body: CreateProjectBody) => {
      sent.push(body);
      return fakeProject(body.id, ME.id, { name: body.name, role: "owner" });
    };
    const created = await createProject(INPUT, ME, { online: true, send });
    expect(sent[0]?.id).toMatch(ID_SHAPE);
    expect(created).toMatchObject({ queued: false, project: { id: sent[0]?.id } });
    expect(await getCachedProject(created.project.id)).toMatchObject({ pending: false });
    expect(await localDb.outbox.count()).toBe(0);
  });

  it("saves the project here and queues its create when the server does not answer", async () => {
    const send = async (): Promise<never> => {
      throw networkError(true);
    };
    const created = await createProject(INPUT, ME, { online: true, send });
    expect(created.queued).toBe(true);
    expect(created.project).toMatchObject({ name: "Trip", role: "owner", owner: { id: "me" } });
    expect(await getCachedProject(created.project.id)).toMatchObject({ pending: true });
    const [entry] = await localDb.outbox.toArray();
    expect(entry).toMatchObject({ kind: "createProject", userId: "me", attempts: 0, lastError: null });
    expect(entry?.body).toEqual({ ...INPUT, id: created.project.id });
  });

  it("does not even try the server when the browser is offline", async () => {
    let tried = false;
    const send = async (): Promise<never> => {
      tried = true;
      throw new Error("should not be called");
    };
    const created = await createProject(INPUT, ME, { online: false, send });
    expect(tried).toBe(false);
    expect(created.queued).toBe(true);
  });

  it("passes the server's refusal to the form and keeps nothing", async () => {
    const send = async (): Promise<never> => {
      throw new ApiRequestError(400, "validation_failed", "Bad", [{ path: "name", message: "Name is required" }]);
    };
    await expect(createProject(INPUT, ME, { online: true, send })).rejects.toMatchObject({ status: 400 });
    expect(await localDb.projects.count()).toBe(0);
    expect(await localDb.outbox.count()).toBe(0);
  });

  it("refuses offline what the server would refuse, beside the field", async () => {
    await expect(createProject({ ...INPUT, name: "  " }, ME, { online: false })).rejects.toMatchObject({
      code: "validation_failed",
      details: [{ path: "name", message: "Name is required" }],
    });
    expect(await localDb.outbox.count()).toBe(0);
  });
});
