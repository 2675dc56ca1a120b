import { createFile, listEntries, readText, resolvedPaths } from "@wove/protocol";
import type * as Y from "yjs";
import { ApiClient } from "../../e2e/lib/apiClient.ts";
import type { RunningPlatform } from "../../e2e/lib/startPlatform.ts";
import type { FakeServer } from "../../packages/ai/src/test/startFakeServer.ts";
import type { AgentBenchSetup } from "./AgentBenchSetup.ts";
import { findWorkerOrigin } from "./findWorkerOrigin.ts";
import { openClient, within, type BenchClient } from "./openClient.ts";
import type { TimingProxy } from "./startTimingProxy.ts";

/**
 * A person signed up on `platform`, a private project holding `files`, and a y-websocket
 * client connected to its room throughout (the watcher, as a collaborator watching the run),
 * all reached at the Worker's own workerd, as production has it (findWorkerOrigin). The
 * files are written by the watcher and confirmed by a second client before this resolves.
 */
export async function openAgentProject(
  platform: RunningPlatform,
  { fake, proxy, files }: { fake: FakeServer; proxy: TimingProxy; files: Record<string, string> },
  defer: (teardown: () => unknown) => void,
): Promise<AgentBenchSetup> {
  const person = await ApiClient.signUp(platform.origin, "Bench");
  const worker = await findWorkerOrigin(platform.process.pid ?? 0, platform.port);
  const request = (path: string, init: { method?: string; json?: unknown } = {}) =>
    fetch(`${worker}${path}`, {
      method: init.method ?? "GET",
      headers: { ...person.headers, ...(init.json === undefined ? {} : { "content-type": "application/json" }) },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
  const projectId = await person.createProject("agent bench");
  const address = async () => ({
    serverUrl: `${worker.replace(/^http/, "ws")}/api/projects`,
    roomName: `${projectId}/sync`,
    params: { token: await person.roomToken(projectId) },
  });
  const watcher = openClient(await address());
  defer(() => watcher.destroy());
  await within(watcher.synced, 30_000, "the watcher syncing with the room");
  for (const [path, text] of Object.entries(files)) {
    const created = createFile(watcher.doc, { path, text });
    if (!created.ok) throw new Error(`cannot create ${path}: ${created.error}`);
  }
  const checker: BenchClient = openClient(await address());
  try {
    const count = Object.keys(files).length;
    await within(
      new Promise<void>((resolve) => {
        const check = () => listEntries(checker.doc).length >= count && resolve();
        checker.doc.on("update", check);
        check();
      }),
      30_000,
      "the room holding the project's files",
    );
  } finally {
    checker.destroy();
  }
  return {
    fetch: request,
    api: async <T>(path: string, init?: { method?: string; json?: unknown }) => {
      const res = await request(path, init);
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
    },
    fake,
    proxy,
    projectId,
    watcher: watcher.doc,
  };
}

/** The text files of a document as it holds them now, by path. */
export function textFilesOf(doc: Y.Doc): Record<string, string> {
  const paths = resolvedPaths(doc);
  const files: Record<string, string> = {};
  for (const entry of listEntries(doc)) {
    const text = entry.kind === "text" ? readText(doc, entry.id) : undefined;
    const path = paths.get(entry.id);
    if (text !== undefined && path) files[path] = text;
  }
  return files;
}
