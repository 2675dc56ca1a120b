import { env } from "cloudflare:workers";
import { agentRunsOf, appendRunLog, putRun, revertedChangesOf, RoomClose, textOf } from "@wove/protocol";
import type * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { signUp } from "./lib/Client.ts";
import { RoomPeer } from "./lib/RoomPeer.ts";
import { share } from "./lib/share.ts";

const RUN = "run-1";
const runEntry = (doc: Y.Doc) => agentRunsOf(doc).get(0);
const logOf = (doc: Y.Doc) => runEntry(doc).get("log") as Y.Array<unknown>;

/** What a peer holds of the server-owned state, to compare before and after. */
const ownedState = (doc: Y.Doc) => ({
  runs: agentRunsOf(doc).toJSON(),
  reverted: revertedChangesOf(doc).toJSON(),
});

/** Forgeries a hostile client can write straight into its own document (SPEC D20). */
const FORGERIES: Array<[string, string, (doc: Y.Doc) => void]> = [
  [
    "a forged run",
    "agentRuns",
    (d) => putRun(d, "forged", { status: "succeeded", prompt: "x", startedBy: { id: "u", name: "Eve" } }),
  ],
  ["a rewritten status", "agentRuns", (d) => runEntry(d).set("status", "succeeded")],
  ["a log line", "agentRuns", (d) => appendRunLog(d, RUN, [{ at: 1, kind: "message", text: "approved by Ann" }])],
  ["a deleted log line", "agentRuns", (d) => logOf(d).delete(0, 1)],
  ["a deleted run", "agentRuns", (d) => agentRunsOf(d).delete(0, 1)],
  ["a record marked reverted", "revertedChanges", (d) => revertedChangesOf(d).set("not-reverted", true)],
  ["a reverted record unmarked", "revertedChanges", (d) => revertedChangesOf(d).clear()],
];

describe("server-owned state in the room (SPEC D20)", () => {
  it("refuses a client's writes to the agent's runs and the reverted records, and keeps the server's", async () => {
    const owner = await signUp("Owner");
    const editor = await signUp("Editor");
    const id = (
      await owner.json<{ id: string }>("/api/projects", {
        method: "POST",
        json: { name: "Owned", visibility: "private" },
      })
    ).body.id;
    await share(owner, id, editor, "editor");
    const room = env.ROOMS.getByName(id);
    // The server's own writes: a run with a log, and an agent edit undone (a reverted record).
    await room.writeFiles([{ path: "index.html", text: "<h1>Hi</h1>\n" }], "test");
    await room.agentRun(RUN, { status: "running", prompt: "Build", startedBy: { id: owner.userId, name: "Owner" } }, [
      { at: 1, kind: "info", text: "Owner asked" },
      { at: 2, kind: "read", text: "reading index.html" },
    ]);
    await room.agentApply(RUN, "call-1", {
      kind: "edit",
      path: "index.html",
      edits: [{ find: "Hi", replace: "Agent" }],
    });
    await room.agentUndo(RUN, "Owner");

    const bystander = await RoomPeer.join(editor, id);
    await expect.poll(() => revertedChangesOf(bystander.doc).size).toBe(1);
    await expect.poll(() => logOf(bystander.doc)?.length).toBe(2);
    const before = ownedState(bystander.doc);

    for (const [what, name, forge] of FORGERIES) {
      const attacker = await RoomPeer.join(owner, id);
      await expect.poll(() => revertedChangesOf(attacker.doc).size, { message: what }).toBe(1);
      await expect.poll(() => logOf(attacker.doc)?.length, { message: what }).toBe(2);
      forge(attacker.doc);
      await expect.poll(() => attacker.closed?.code, { message: what }).toBe(RoomClose.ServerOwned.code);
      expect(attacker.closed?.reason, what).toBe(RoomClose.ServerOwned.reason);
      expect(attacker.denied.at(-1), what).toBe(`refused: only the server writes ${name}`);
    }

    // Nobody else heard any of it, and the bystander's own edits still go through.
    expect(bystander.closed).toBeNull();
    expect(ownedState(bystander.doc)).toEqual(before);
    const fileId = [...bystander.doc.getMap("files").keys()][0] ?? "";
    textOf(bystander.doc, fileId)?.insert(0, "<!-- typed -->\n");
    await room.writeFiles([{ path: "notes.txt", text: "still writable" }], "test");
    const witness = await RoomPeer.join(editor, id);
    await expect.poll(() => witness.doc.getMap("files").size).toBe(2);
    await expect.poll(() => textOf(witness.doc, fileId)?.toString()).toBe("<!-- typed -->\n<h1>Hi</h1>\n");
    expect(ownedState(witness.doc)).toEqual(before);
    expect((await room.agentRunView(RUN))?.log.map((line) => line.text)).toEqual(["Owner asked", "reading index.html"]);

    // The server goes on writing the run, and everyone sees it.
    await room.agentRun(RUN, { status: "succeeded" }, [{ at: 3, kind: "info", text: "done" }]);
    await expect.poll(() => runEntry(bystander.doc).get("status")).toBe("succeeded");
    await expect.poll(() => logOf(witness.doc).length).toBe(3);
    for (const peer of [bystander, witness]) peer.close();
  });
});
