import * as Y from "yjs";
import type { OffsetSelection } from "./selectionOffsets.ts";

interface RelativeSelection {
  anchor: Y.RelativePosition;
  head: Y.RelativePosition;
}

type StackItem = Y.UndoManager["undoStack"][number];

export interface UndoHistoryOptions {
  ytext: Y.Text;
  /** The origin of this person's transactions on the text: the only ones undo takes back. */
  origin: object;
  /**
   * The origin of edits an AI makes on this person's behalf (`agentOriginOf`): undo takes
   * those back too, each as one step of its own.
   */
  agentOrigin?: object;
  /** Where the carets are now, as offsets in the text. */
  readSelections: () => OffsetSelection[];
  /** Puts the carets back after an undo or redo. */
  restoreSelections: (selections: OffsetSelection[]) => void;
}

/**
 * One person's undo history of one file: a Y.UndoManager that tracks only their own
 * transactions, so undo never takes back a collaborator's text, and that remembers
 * where the carets were before each step, to put them back when it is undone (as
 * y-codemirror.next does). Carets are kept as Yjs relative positions, which stay right
 * whatever others change meanwhile.
 */
export class UndoHistory {
  readonly manager: Y.UndoManager;
  readonly #options: UndoHistoryOptions;
  readonly #doc: Y.Doc;
  /** The carets before the local change being written, for the step it starts. */
  #before: RelativeSelection[] | null = null;

  constructor(options: UndoHistoryOptions) {
    const { ytext, origin, agentOrigin } = options;
    if (!ytext.doc) throw new Error("UndoHistory needs a Y.Text that belongs to a Y.Doc");
    this.#options = options;
    this.#doc = ytext.doc;
    this.manager = new Y.UndoManager(ytext, {
      trackedOrigins: new Set(agentOrigin ? [origin, agentOrigin] : [origin]),
    });
    this.manager.on("stack-item-added", this.#onStackItemAdded);
    this.manager.on("stack-item-popped", this.#onStackItemPopped);
    this.#doc.on("beforeTransaction", this.#onBeforeTransaction);
  }

  /** Writes a local change to the text as this person, noting where their carets were. */
  capture(change: () => void): void {
    // Before the transaction: the offsets are those of the text before the change.
    this.#before = this.#relative(this.#options.readSelections());
    try {
      this.#doc.transact(change, this.#options.origin);
    } finally {
      this.#before = null;
    }
  }

  /** Undoes this person's last step; false if there was none. */
  undo(): boolean {
    return this.manager.undo() !== null;
  }

  redo(): boolean {
    return this.manager.redo() !== null;
  }

  /** The next change starts a step of its own instead of merging into the last one. */
  stopCapturing(): void {
    this.manager.stopCapturing();
  }

  destroy(): void {
    this.#doc.off("beforeTransaction", this.#onBeforeTransaction);
    this.manager.off("stack-item-added", this.#onStackItemAdded);
    this.manager.off("stack-item-popped", this.#onStackItemPopped);
    this.manager.destroy();
  }

  #relative(selections: readonly OffsetSelection[]): RelativeSelection[] {
    const { ytext } = this.#options;
    return selections.map(({ anchor, head }) => ({
      anchor: Y.createRelativePositionFromTypeIndex(ytext, anchor),
      head: Y.createRelativePositionFromTypeIndex(ytext, head),
    }));
  }

  // An AI edit is one step of its own: capture stops before it (so it does not merge into
  // the person's typing just before) and after it (so their next keystroke does not merge
  // into it), whatever the capture timeout.
  #onBeforeTransaction = (transaction: Y.Transaction): void => {
    if (this.#options.agentOrigin && transaction.origin === this.#options.agentOrigin) this.manager.stopCapturing();
  };

  #onStackItemAdded = ({ stackItem, origin }: { stackItem: StackItem; origin: unknown }): void => {
    if (this.#options.agentOrigin && origin === this.#options.agentOrigin) this.manager.stopCapturing();
    if (stackItem.meta.has(this)) return;
    // A step added by an undo or redo itself keeps the carets as that left them (the
    // text's observers, which map carets through changes, have run by then).
    const { undoing, redoing } = this.manager;
    const before = undoing || redoing ? this.#relative(this.#options.readSelections()) : this.#before;
    if (before) stackItem.meta.set(this, before);
  };

  #onStackItemPopped = ({ stackItem }: { stackItem: StackItem }): void => {
    const saved = stackItem.meta.get(this) as RelativeSelection[] | undefined;
    if (!saved) return;
    const { ytext } = this.#options;
    const selections: OffsetSelection[] = [];
    for (const { anchor, head } of saved) {
      const from = Y.createAbsolutePositionFromRelativePosition(anchor, this.#doc);
      const to = Y.createAbsolutePositionFromRelativePosition(head, this.#doc);
      if (from?.type === ytext && to?.type === ytext) selections.push({ anchor: from.index, head: to.index });
    }
    if (selections.length > 0) this.#options.restoreSelections(selections);
  };
}
