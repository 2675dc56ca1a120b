import { createFile, textOf } from "@wove/protocol";
import * as Y from "yjs";
import { whenText } from "./whenText.ts";
import { assertNoCloses, openClient, within, type BenchClient } from "./openClient.ts";
import type { Room } from "./RoomServer.ts";

/**
 * Creates a text file in a room's document through the stock y-websocket client and
 * fills it (`fill` may edit in several transactions, each sent as it happens); resolves
 * once a second, fresh client receives the same text from the room. Answers the text and
 * the writer's whole document as one Yjs update.
 */
export async function writeRoomFile(
  room: Room,
  file: { id: string; path: string },
  fill: (doc: Y.Doc, text: Y.Text) => void,
): Promise<{ text: string; update: Uint8Array }> {
  const clients: BenchClient[] = [];
  try {
    const writer = openClient(await room.address());
    clients.push(writer);
    await within(writer.synced, 30_000, "the writer syncing with the room");
    const created = createFile(writer.doc, { ...file, text: "" });
    if (!created.ok) throw new Error(`cannot create ${file.path}: ${created.error}`);
    const text = textOf(writer.doc, file.id);
    if (!text) throw new Error(`${file.path} has no text`);
    fill(writer.doc, text);
    const expected = text.toString();

    const checker = openClient(await room.address());
    clients.push(checker);
    await within(whenText(checker.doc, file.id, expected), 60_000, `the room holding ${file.path}`);
    assertNoCloses(clients, `writing ${file.path}`);
    return { text: expected, update: Y.encodeStateAsUpdate(writer.doc) };
  } finally {
    for (const client of clients) client.destroy();
  }
}
