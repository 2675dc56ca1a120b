import * as Y from "yjs";

type Decoded = ReturnType<typeof Y.decodeUpdate>;
type Struct = Decoded["structs"][number];
/** A shared type, as `doc.share` holds them. */
type Shared = ReturnType<Y.Doc["get"]>;

/**
 * The document's top-level types only the server writes (SPEC D20): the agent's runs (D16)
 * and the records undo reverted (D19). A client that could write them could forge a run's
 * status or log, or mark the agent's changes reverted so that undo skips them.
 */
export const SERVER_OWNED = ["agentRuns", "revertedChanges"] as const;
export type ServerOwnedName = (typeof SERVER_OWNED)[number];

export type OwnedCheck =
  | { ok: true }
  /** The update inserts into, or deletes from, `name` (or a map or array nested in it). */
  | { ok: false; reason: "server-owned"; name: ServerOwnedName; change: "insert" | "delete" }
  /** The update builds on, or deletes, content neither it nor the document holds. */
  | { ok: false; reason: "unresolved" };

/** A root, by its top-level name; `false`: the item lands next to collected content, nowhere. */
type Root = string | false;

const OWNED: ReadonlySet<string> = new Set(SERVER_OWNED);

/**
 * SPEC D20: whether applying `decoded` (an update, from Y.decodeUpdate) to `doc` would
 * insert anything under a server-owned type, or delete anything there that is not deleted
 * yet, found without applying it.
 *
 * Every item an update inserts is traced to its top-level type: through its parent field,
 * or, when it has neighbours, through its origin (an item sits where its origin sits), and
 * through the item holding a nested map or array, following the update and then the
 * document (as checkUpdatePaths places values, D15). A delete names ids only: each range is
 * looked up in the document, and what is already deleted is skipped, because a reconnecting
 * client's catch-up carries every delete it knows, the server's own (a trimmed log line, a
 * run field rewritten) among them. A delete of ids neither side holds is unresolved: Yjs
 * would keep it pending, hand it to every client that syncs, and apply it to whatever later
 * takes those ids (another client's next edits), so where it lands cannot be checked now.
 */
export function checkServerOwned(doc: Y.Doc, decoded: Decoded): OwnedCheck {
  const inUpdate = byClient(decoded.structs);
  const names = new Map<Shared, string>();
  for (const [name, type] of doc.share) names.set(type, name);
  const roots = new Map<Y.Item, Root | null>();

  const find = (id: Y.ID): Struct | undefined => {
    const local = inUpdate.get(id.client);
    const hit = local && search(local, id.clock);
    if (hit) return hit;
    if (Y.getState(doc.store, id.client) <= id.clock) return undefined;
    return Y.getItem(doc.store, id);
  };

  const findNeighbour = (item: Y.Item): Struct | undefined => {
    const neighbour = item.origin ?? item.rightOrigin;
    return neighbour ? find(neighbour) : undefined;
  };

  const rootName = (type: Shared): Root => {
    let top = type;
    while (top._item) top = top._item.parent as Shared;
    return names.get(top) ?? false;
  };

  // Iterative, and remembered for every item on the way: a run of typed characters is a
  // chain of origins as long as the run.
  const rootOf = (start: Y.Item): Root | null => {
    const chain: Y.Item[] = [];
    let item = start;
    let result: Root | null;
    for (;;) {
      const known = roots.get(item);
      if (known !== undefined) {
        result = known;
        break;
      }
      const parent = item.parent as unknown;
      if (parent instanceof Y.AbstractType) {
        result = rootName(parent as Shared);
        break;
      }
      if (typeof parent === "string") {
        result = parent;
        break;
      }
      // Inside a nested type, the root is that of the item holding it; beside a neighbour, the neighbour's.
      const next = parent instanceof Y.ID ? find(parent) : findNeighbour(item);
      if (!next) {
        result = null;
        break;
      }
      // Yjs turns an item next to (or inside) collected content into collected content itself.
      if (!(next instanceof Y.Item) || (parent instanceof Y.ID && !(next.content instanceof Y.ContentType))) {
        result = false;
        break;
      }
      chain.push(item);
      item = next;
    }
    for (const linked of chain) roots.set(linked, result);
    roots.set(item, result);
    return result;
  };

  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const root = rootOf(struct);
    if (root === null) return { ok: false, reason: "unresolved" };
    if (root !== false && OWNED.has(root)) {
      return { ok: false, reason: "server-owned", name: root as ServerOwnedName, change: "insert" };
    }
  }

  for (const [client, ranges] of decoded.ds.clients) {
    const state = Y.getState(doc.store, client);
    const structs = doc.store.clients.get(client) ?? [];
    for (const { clock, len } of ranges) {
      const end = clock + len;
      // The part the document holds: only live items count.
      if (clock < state) {
        for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
          const struct = structs[index];
          if (!struct || struct.id.clock >= Math.min(end, state)) break;
          if (!(struct instanceof Y.Item) || struct.deleted) continue;
          const root = rootOf(struct);
          if (root !== null && root !== false && OWNED.has(root)) {
            return { ok: false, reason: "server-owned", name: root as ServerOwnedName, change: "delete" };
          }
        }
      }
      // The rest must be the update's own items, each checked above.
      for (let at = Math.max(clock, state); at < end;) {
        const local = inUpdate.get(client);
        const struct = local && search(local, at);
        if (!struct) return { ok: false, reason: "unresolved" };
        at = struct.id.clock + struct.length;
      }
    }
  }
  return { ok: true };
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
