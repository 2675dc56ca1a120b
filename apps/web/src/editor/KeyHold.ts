import { isApple } from "../ide/shortcut.ts";
import { isComposition, isFeatureChord, typesCharacter } from "./featureChords.ts";

/** A key press, as it is replayed. */
interface HeldKey {
  key: string;
  code: string;
  keyCode: number;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

type Held = { kind: "key"; key: HeldKey } | { kind: "run"; run: () => void };

/**
 * Holds the keys pressed in an editor whose features (find, comment, suggestions...) have
 * not loaded yet, from the first one that needs them (isFeatureChord: an allow-list), and
 * plays them back, in order, once they have (`release`). Without this, Ctrl+F pressed the
 * moment a file shows would do nothing, and the search typed after it would go into the
 * document. Every other key (typing, moving, deleting, undo, the clipboard, AltGr
 * characters, IME compositions) reaches the editor at once until then, so typing never
 * waits. Monaco reads `keyCode`, which a script-made KeyboardEvent lacks, so played-back
 * chords carry it; characters (AltGr's too) are played back as text input (`insertText`),
 * as the browser would have inserted them. A composition is never held: its keydowns say
 * nothing of the text, which the input method inserts itself.
 */
export class KeyHold {
  readonly #host: HTMLElement;
  readonly #typeInEditor: (text: string) => void;
  readonly #apple = isApple(navigator.platform);
  readonly #queue: Held[] = [];
  #holding = false;
  #replaying = false;
  #released = false;

  /**
   * `typeInEditor` types into the editor's text as a keystroke would: Monaco reads it
   * through an EditContext in Chromium, which `insertText` commands do not reach.
   */
  constructor(host: HTMLElement, typeInEditor: (text: string) => void) {
    this.#host = host;
    this.#typeInEditor = typeInEditor;
    host.addEventListener("keydown", this.#onKeyDown, { capture: true });
  }

  /** Runs `run` once released, after the keys held before it (an action asked for now). */
  defer(run: () => void): void {
    if (this.#released) return run();
    this.#holding = true;
    this.#queue.push({ kind: "run", run });
  }

  /** The features are in: plays back what was held, one task apart (widgets open and take focus), then lets go. */
  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    while (this.#queue.length > 0) {
      const held = this.#queue.shift();
      if (held?.kind === "run") held.run();
      else if (held) this.#replay(held.key);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.dispose();
  }

  dispose(): void {
    this.#released = true;
    this.#queue.length = 0;
    this.#host.removeEventListener("keydown", this.#onKeyDown, { capture: true });
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (this.#replaying || (this.#released && this.#queue.length === 0)) return;
    if (isComposition(event)) return;
    if (!this.#holding && !isFeatureChord(event, this.#apple)) return;
    this.#holding = true;
    event.preventDefault();
    event.stopPropagation();
    const { key, code, keyCode, ctrlKey, shiftKey, altKey, metaKey } = event;
    this.#queue.push({ kind: "key", key: { key, code, keyCode, ctrlKey, shiftKey, altKey, metaKey } });
  };

  #replay(key: HeldKey): void {
    if (typesCharacter(key, this.#apple)) {
      this.#insert(key.key);
      return;
    }
    const target = document.activeElement instanceof HTMLElement ? document.activeElement : this.#host;
    const event = new KeyboardEvent("keydown", { ...key, bubbles: true, cancelable: true });
    Object.defineProperty(event, "keyCode", { get: () => key.keyCode });
    Object.defineProperty(event, "which", { get: () => key.keyCode });
    this.#replaying = true;
    let handled: boolean;
    try {
      handled = !target.dispatchEvent(event);
    } finally {
      this.#replaying = false;
    }
    if (handled) return;
    if (key.key === "Backspace") document.execCommand("delete");
    else if (key.key === "Delete") document.execCommand("forwardDelete");
    else if (key.key === "Enter" && !key.ctrlKey && !key.metaKey && !key.altKey) this.#insert("\n");
  }

  /** Text typed into what has focus: a widget's field (the find box), or the editor's text. */
  #insert(text: string): void {
    const field = document.activeElement;
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      // Deprecated but the one way a script types as a person does (input events, undo).
      document.execCommand("insertText", false, text);
    } else {
      this.#typeInEditor(text);
    }
  }
}
