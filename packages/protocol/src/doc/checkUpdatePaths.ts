import * as Y from "yjs";
import { filesOf } from "./fileTree.ts";
import { validatePath } from "./validatePath.ts";

type Decoded = ReturnType<typeof Y.decodeUpdate>;
type Struct = Decoded["structs"][number];

export type PathCheck =
  | { ok: true }
  /** The update sets a file's path (SPEC D1) to one SPEC D3 refuses. */
  | { ok: false; reason: "invalid-path"; path: string; problem: string }
  /**
   * The update builds on content neither it nor the document holds, so where its values
   * land cannot be known yet (the stock client never sends this: it sends what the room lacks).
   */
  | { ok: false; reason: "unresolved" };

/** Where an item sits: the parent it is a child of, and its key there (null in a sequence). */
interface Place {
  parent: { root: string } | { type: Y.AbstractType<unknown> } | { item: Y.Item };
  key: string | null;
}

/**
 * SPEC D15: whether applying `decoded` (an update, from Y.decodeUpdate) to `doc` would
 * set any file's `path` to an invalid one, found without applying it.
 *
 * An update does not say where a value lands when it has neighbours: a rename is a new
 * value for the entry's `path` key whose parent and key are those of the value it
 * replaces (its origin). So each item that carries a string is placed by following its
 * origins through the update and then the document, one lookup each (a keystroke pays
 * one binary search in the document's structs). Every value a `path` key can take comes
 * through some update, so checking each one keeps every path valid.
 */
export function checkUpdatePaths(doc: Y.Doc, decoded: Decoded): PathCheck {
  const inUpdate = byClient(decoded.structs);
  const files = filesOf(doc);
  const placed = new Map<Y.Item, Place | "gone" | null>();

  const find = (id: Y.ID): Struct | undefined => {
    const local = inUpdate.get(id.client);
    const hit = local && search(local, id.clock);
    if (hit) return hit;
    if (Y.getState(doc.store, id.client) <= id.clock) return undefined;
    return Y.getItem(doc.store, id);
  };

  // Items of the document are placed as they are; items of the update by their parent
  // field or their origin, which may itself be in the update (placed iteratively: a run
  // of typed characters can be a long chain).
  const place = (start: Y.Item): Place | "gone" | null => {
    const chain: Y.Item[] = [];
    let item: Y.Item = start;
    let result: Place | "gone" | null;
    for (;;) {
      const known = placed.get(item);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (isIntegrated(item)) {
        result = { parent: { type: item.parent as Y.AbstractType<unknown> }, key: item.parentSub };
        break;
      }
      const parent = item.parent as unknown;
      if (typeof parent === "string") {
        result = { parent: { root: parent }, key: item.parentSub };
        break;
      }
      if (parent instanceof Y.ID) {
        const holder = find(parent);
        if (!holder) result = null;
        else if (!(holder instanceof Y.Item) || !(holder.content instanceof Y.ContentType)) result = "gone";
        else if (isIntegrated(holder)) result = { parent: { type: holder.content.type }, key: item.parentSub };
        else result = { parent: { item: holder }, key: item.parentSub };
        break;
      }
      const neighbour = item.origin ?? item.rightOrigin;
      const next = neighbour && find(neighbour);
      if (!next) {
        result = null;
        break;
      }
      // Yjs turns an item next to collected content into collected content itself.
      if (!(next instanceof Y.Item)) {
        result = "gone";
        break;
      }
      chain.push(item);
      item = next;
    }
    for (const linked of [start, ...chain]) placed.set(linked, result);
    return result;
  };

  const isFileEntry = (parent: Place["parent"]): boolean => {
    if ("root" in parent) return false;
    if ("type" in parent) return parent.type._item?.parent === files;
    const where = place(parent.item);
    if (!where || where === "gone") return false;
    return "root" in where.parent
      ? where.parent.root === "files"
      : "type" in where.parent && where.parent.type === files;
  };

  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const value = lastValue(struct.content);
    if (typeof value !== "string") continue;
    const where = place(struct);
    if (where === null) return { ok: false, reason: "unresolved" };
    if (where === "gone" || where.key !== "path" || !isFileEntry(where.parent)) continue;
    const problem = validatePath(value);
    if (problem) return { ok: false, reason: "invalid-path", path: value, problem };
  }
  return { ok: true };
}

/** What Y.Map#get would answer for a key holding `content` (its last element). */
function lastValue(content: Y.Item["content"]): unknown {
  // Without splitting a pasted string into characters, as getContent() would.
  if (content instanceof Y.ContentString) return content.str.slice(-1);
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return content.getContent().at(-1);
  return undefined;
}

/** An item of the document (its parent resolved to a type), not one just decoded. */
function isIntegrated(item: Y.Item): boolean {
  return item.parent instanceof Y.AbstractType;
}

function byClient(structs: readonly Struct[]): Map<number, Struct[]> {
  const map = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = map.get(struct.id.client);
    if (list) list.push(struct);
    else map.set(struct.id.client, [struct]);
  }
  // An update lists each client's structs in clock order already.
  return map;
}

function search(structs: readonly Struct[], clock: number): Struct | undefined {
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const struct = structs[mid];
    if (!struct) return undefined;
    if (clock < struct.id.clock) high = mid - 1;
    else if (clock >= struct.id.clock + struct.length) low = mid + 1;
    else return struct instanceof Y.Skip ? undefined : struct;
  }
  return undefined;
}
