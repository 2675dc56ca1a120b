import * as Y from "yjs";
import { filesOf } from "./fileTree.ts";

/** The part of a Yjs type this walk needs: where it sits in its parent. */
interface TypeNode {
  _item: { parent: unknown; parentSub: string | null } | null;
}

/**
 * The ids of the files a transaction touched: entries added, removed or changed in the
 * files map, and files whose text changed (found by walking up from the changed type to
 * its entry in the files map).
 */
export function changedFileIds(doc: Y.Doc, transaction: Y.Transaction): Set<string> {
  const files: unknown = filesOf(doc);
  const ids = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    if (type === files) {
      for (const key of keys) if (key !== null) ids.add(key);
      continue;
    }
    let current: TypeNode | null = type as unknown as TypeNode;
    while (current?._item) {
      const parent: unknown = current._item.parent;
      if (parent === files) {
        if (current._item.parentSub !== null) ids.add(current._item.parentSub);
        break;
      }
      current = parent instanceof Y.AbstractType ? (parent as unknown as TypeNode) : null;
    }
  }
  return ids;
}
