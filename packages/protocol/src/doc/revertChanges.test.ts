import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { replaceText } from "../text/replaceText.ts";
import { type ChangeRecord, changeRecordSchema } from "./ChangeRecord.ts";
import { createFile, deleteFile, filesOf, findFile, listEntries, readText, renameFile, textOf } from "./fileTree.ts";
import { recordChanges } from "./recordChanges.ts";
import { revertChanges } from "./revertChanges.ts";

const AGENT = { agentRun: "run-1" };
const UNDO = { undoRun: "run-1" };

/** Exchanges what each side lacks, as a room would. */
function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** The document as a restarted Durable Object loads it: deleted characters are gone. */
function reload(doc: Y.Doc): Y.Doc {
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
  return fresh;
}

/** Records as they come back from the database. */
function stored(records: ChangeRecord[]): ChangeRecord[] {
  return (JSON.parse(JSON.stringify(records)) as unknown[]).map((r) => changeRecordSchema.parse(r));
}

function mustCreate(doc: Y.Doc, path: string, text = ""): string {
  const result = createFile(doc, { path, text });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const paths = (doc: Y.Doc) =>
  listEntries(doc)
    .map((e) => e.path)
    .sort();

/** Inserts `text` into `doc`'s file right after the first `after`. */
function typeAfter(doc: Y.Doc, id: string, after: string, text: string) {
  const ytext = textOf(doc, id)!;
  const at = ytext.toString().indexOf(after);
  if (at < 0) throw new Error(`no ${after} in ${ytext.toString()}`);
  ytext.insert(at + after.length, text);
}

/**
 * A person (a second document) types before, between and after two agent transactions:
 * inside the agent's insertion, where the agent deleted a word, and after the agent's
 * rewrite.
 */
function collaboration() {
  const server = new Y.Doc();
  const person = new Y.Doc();
  const id = mustCreate(server, "notes.txt", "line one\nline two\nline three\n");
  sync(server, person);
  textOf(person, id)!.insert(0, "// header\n");
  sync(server, person);
  const first = recordChanges(server, AGENT, () => {
    typeAfter(server, id, "line one\n", "AGENT ");
    const text = textOf(server, id)!;
    text.delete(text.toString().indexOf("three"), "three".length);
  });
  expect(readText(server, id)).toBe("// header\nline one\nAGENT line two\nline \n");
  sync(server, person);
  typeAfter(person, id, "AG", "x");
  const spot = readText(person, id)!.lastIndexOf("line ") + "line ".length;
  textOf(person, id)!.insert(spot, "!");
  sync(server, person);
  expect(readText(server, id)).toBe("// header\nline one\nAGxENT line two\nline !\n");
  const second = recordChanges(server, AGENT, () => {
    replaceText(textOf(server, id)!, "// header\nline 1\nAGxENT line two\nline !\ntail\n");
  });
  sync(server, person);
  const person2 = textOf(person, id)!;
  person2.insert(person2.length, "END");
  sync(server, person);
  expect(readText(server, id)).toBe("// header\nline 1\nAGxENT line two\nline !\ntail\nEND");
  return { server, person, id, records: [first, second] };
}

// What the person typed, where they typed it, and nothing of the agent's.
const PERSON_KEPT = "// header\nline one\nxline two\nline three!\nEND";

describe("revertChanges (SPEC D16)", () => {
  it("restores exactly the old text after an edit inside a file", () => {
    const doc = new Y.Doc();
    const id = mustCreate(doc, "app.ts", "const a = 1;\nconst b = 2;\n");
    const record = recordChanges(doc, AGENT, () => {
      const text = textOf(doc, id)!;
      text.delete(6, 1);
      text.insert(6, "alpha");
      text.insert(text.length, "export {};\n");
    });
    expect(readText(doc, id)).toBe("const alpha = 1;\nconst b = 2;\nexport {};\n");
    const origins: unknown[] = [];
    doc.on("afterTransaction", (transaction: Y.Transaction) => origins.push(transaction.origin));
    const result = revertChanges(doc, [record], UNDO);
    expect(readText(doc, id)).toBe("const a = 1;\nconst b = 2;\n");
    expect(result).toEqual({ reverted: 3, skipped: [] });
    expect(origins).toEqual([UNDO]);
  });

  it("undoes a whole-file rewrite made with replaceText", () => {
    const before = "function greet(name) {\n  return 'hi ' + name;\n}\n\ngreet('bob');\n";
    const after =
      "function greet(name: string): string {\n  return `hello ${name}`;\n}\n\nconsole.log(greet('bob'));\n";
    const doc = new Y.Doc();
    const id = mustCreate(doc, "greet.ts", before);
    const record = recordChanges(doc, AGENT, () => replaceText(textOf(doc, id)!, after));
    expect(readText(doc, id)).toBe(after);
    revertChanges(doc, [record], UNDO);
    expect(readText(doc, id)).toBe(before);
  });

  it("keeps everything a person typed before, between and after the agent's edits, and nothing of the agent's", () => {
    const { server, person, id, records } = collaboration();
    expect(revertChanges(server, records, UNDO).skipped).toEqual([]);
    expect(readText(server, id)).toBe(PERSON_KEPT);
    sync(server, person);
    expect(readText(person, id)).toBe(PERSON_KEPT);
  });

  it("reverts from stored records in a reloaded document, which no longer holds the deleted text", () => {
    const { server, person, id, records } = collaboration();
    const update = Y.encodeStateAsUpdate(server);
    expect(new TextDecoder().decode(update)).not.toContain("three");
    const restarted = reload(server);
    expect(restarted.clientID).not.toBe(server.clientID);
    expect(revertChanges(restarted, stored(records), UNDO).skipped).toEqual([]);
    expect(readText(restarted, id)).toBe(PERSON_KEPT);
    sync(restarted, person);
    expect(readText(person, id)).toBe(PERSON_KEPT);
  });

  it("changes only what the agent changed: a person's place in an untouched line stays on its character", () => {
    const { server, person, id, records } = collaboration();
    const text = textOf(person, id)!;
    const caret = Y.createRelativePositionFromTypeIndex(text, text.toString().indexOf("two"));
    revertChanges(server, records, UNDO);
    sync(server, person);
    const index = Y.createAbsolutePositionFromRelativePosition(caret, person)!.index;
    expect(text.toString().slice(index)).toBe("two\nline three!\nEND");
  });

  it("keeps what a person typed, at the same time, inside text the agent deleted", () => {
    const server = new Y.Doc();
    const person = new Y.Doc();
    const id = mustCreate(server, "a.txt", "keep this line\ndrop this line\n");
    sync(server, person);
    const record = recordChanges(server, AGENT, () => textOf(server, id)!.delete(15, 15));
    // Typed before the agent's deletion reached them.
    typeAfter(person, id, "drop this", " (mine)");
    sync(server, person);
    expect(readText(server, id)).toBe("keep this line\n (mine)");
    revertChanges(server, [record], UNDO);
    expect(readText(server, id)).toBe("keep this line\ndrop this (mine) line\n");
  });

  it("puts back, in order, two deletions that end up side by side", () => {
    const doc = new Y.Doc();
    const id = mustCreate(doc, "list.txt", "one\ntwo\nthree\nfour\n");
    const cut = (word: string) => {
      const text = textOf(doc, id)!;
      text.delete(text.toString().indexOf(word), word.length);
    };
    // The later deletion is to the left of the earlier one.
    const first = recordChanges(doc, AGENT, () => cut("three\n"));
    const second = recordChanges(doc, AGENT, () => cut("two\n"));
    expect(readText(doc, id)).toBe("one\nfour\n");
    const restarted = reload(doc);
    revertChanges(restarted, stored([first, second]), UNDO);
    expect(readText(restarted, id)).toBe("one\ntwo\nthree\nfour\n");
  });

  it("does not bring back what one record inserted and a later one deleted", () => {
    const doc = new Y.Doc();
    const id = mustCreate(doc, "v.txt", "version: one\n");
    const first = recordChanges(doc, AGENT, () => replaceText(textOf(doc, id)!, "version: two\n"));
    const second = recordChanges(doc, AGENT, () => replaceText(textOf(doc, id)!, "version: three\n"));
    const result = revertChanges(doc, [first, second], UNDO);
    expect(readText(doc, id)).toBe("version: one\n");
    expect(result.skipped).toEqual([]);
  });

  it("undoes creating, renaming and deleting files, recreating deleted ones with their content", () => {
    const doc = new Y.Doc();
    const a = mustCreate(doc, "src/a.ts", "export const a = 1;\n");
    const c = mustCreate(doc, "src/c.ts", "export const c = 3;\n");
    const logo = { hash: "ab".repeat(32), size: 10, mime: "image/png" };
    const png = createFile(doc, { path: "logo.png", blob: logo });
    if (!png.ok) throw new Error(png.error);
    const record = recordChanges(doc, AGENT, () => {
      mustCreate(doc, "notes.md", "agent notes");
      renameFile(doc, a, "src/b.ts");
      deleteFile(doc, c);
      deleteFile(doc, png.value);
    });
    expect(paths(doc)).toEqual(["notes.md", "src/b.ts"]);
    const restarted = reload(doc);
    expect(revertChanges(restarted, stored([record]), UNDO)).toEqual({ reverted: 4, skipped: [] });
    expect(paths(restarted)).toEqual(["logo.png", "src/a.ts", "src/c.ts"]);
    expect(findFile(restarted, "src/a.ts")).toBe(a);
    const recreated = findFile(restarted, "src/c.ts")!;
    expect(recreated).not.toBe(c);
    expect(readText(restarted, recreated)).toBe("export const c = 3;\n");
    expect(filesOf(restarted).get(findFile(restarted, "logo.png")!)!.get("blob")).toEqual(logo);
  });

  it("leaves a path a person changed after the agent renamed the file, and says so", () => {
    const server = new Y.Doc();
    const person = new Y.Doc();
    const id = mustCreate(server, "a.ts", "A");
    const record = recordChanges(server, AGENT, () => renameFile(server, id, "b.ts"));
    sync(server, person);
    renameFile(person, id, "mine.ts");
    sync(server, person);
    const result = revertChanges(server, [record], UNDO);
    expect(paths(server)).toEqual(["mine.ts"]);
    expect(result).toEqual({
      reverted: 0,
      skipped: ['mine.ts: path was changed after the run, so it stays "mine.ts"'],
    });
  });

  it("keeps a file the agent created when a person wrote in it, with only the person's text", () => {
    const server = new Y.Doc();
    const person = new Y.Doc();
    let id = "";
    const record = recordChanges(server, AGENT, () => {
      id = mustCreate(server, "plan.md", "agent plan\n");
    });
    sync(server, person);
    typeAfter(person, id, "agent ", "my ");
    sync(server, person);
    const result = revertChanges(server, [record], UNDO);
    expect(readText(server, id)).toBe("my ");
    expect(result.skipped).toEqual(["plan.md: kept, someone else wrote in it after the run created it"]);
  });

  it("does not recreate a deleted file over a file that took its path since", () => {
    const doc = new Y.Doc();
    const id = mustCreate(doc, "a.ts", "old");
    const record = recordChanges(doc, AGENT, () => deleteFile(doc, id));
    const newer = mustCreate(doc, "a.ts", "new");
    const result = revertChanges(doc, [record], UNDO);
    expect(listEntries(doc).map((e) => e.id)).toEqual([newer]);
    expect(readText(doc, newer)).toBe("new");
    expect(result).toEqual({ reverted: 0, skipped: ["a.ts: not recreated: A file already exists at a.ts"] });
  });

  it("reverts several records together, newest first", () => {
    const doc = new Y.Doc();
    const a = mustCreate(doc, "a.ts", "A\n");
    const x = mustCreate(doc, "x.ts", "x = 1\n");
    let draft = "";
    const first = recordChanges(doc, AGENT, () => {
      draft = mustCreate(doc, "draft.md", "agent draft\n");
      renameFile(doc, a, "b.ts");
      typeAfter(doc, x, "x = 1\n", "y = 2\n");
    });
    const second = recordChanges(doc, AGENT, () => {
      renameFile(doc, a, "c.ts");
      replaceText(textOf(doc, draft)!, "agent draft, revised\n");
      deleteFile(doc, x);
      // Onto the path the first record moved a file away from.
      mustCreate(doc, "a.ts", "agent's a\n");
    });
    expect(paths(doc)).toEqual(["a.ts", "c.ts", "draft.md"]);
    const restarted = reload(doc);
    expect(revertChanges(restarted, stored([first, second]), UNDO).skipped).toEqual([]);
    expect(paths(restarted)).toEqual(["a.ts", "x.ts"]);
    expect(findFile(restarted, "a.ts")).toBe(a);
    expect(readText(restarted, a)).toBe("A\n");
    expect(readText(restarted, findFile(restarted, "x.ts")!)).toBe("x = 1\n");
  });

  it("says what it cannot restore of a file the run edited and then deleted", () => {
    const doc = new Y.Doc();
    const x = mustCreate(doc, "x.ts", "x = 1\ny = 2\n");
    const first = recordChanges(doc, AGENT, () => textOf(doc, x)!.delete(6, 6));
    const second = recordChanges(doc, AGENT, () => deleteFile(doc, x));
    const result = revertChanges(doc, [first, second], UNDO);
    expect(readText(doc, findFile(doc, "x.ts")!)).toBe("x = 1\n");
    expect(result.skipped).toEqual([`file ${x}: text the run deleted before deleting the file is not restored`]);
  });

  it("does nothing the second time, in the same document or after a reload", () => {
    const { server, id, records } = collaboration();
    revertChanges(server, records, UNDO);
    expect(revertChanges(server, records, UNDO)).toEqual({ reverted: 0, skipped: [] });
    const restarted = reload(server);
    expect(revertChanges(restarted, stored(records), UNDO)).toEqual({ reverted: 0, skipped: [] });
    expect(readText(server, id)).toBe(PERSON_KEPT);
    expect(readText(restarted, id)).toBe(PERSON_KEPT);
  });

  it("skips, without throwing, a record from another document", () => {
    const { records } = collaboration();
    const other = new Y.Doc();
    const id = mustCreate(other, "notes.txt", "line one\nline two\nline three\n");
    const rename = recordChanges(new Y.Doc(), AGENT, () => {});
    rename.keys.push({ file: "nosuchfile", key: "path", before: "old.txt" });
    const result = revertChanges(other, [...stored(records), rename], UNDO);
    expect(result.reverted).toBe(0);
    expect(result.skipped.length).toBeGreaterThan(0);
    expect(result.skipped).toContain("file nosuchfile: not in the document (deleted since?), so its path stays");
    expect(readText(other, id)).toBe("line one\nline two\nline three\n");
  });
});
