import { setAgent } from "@wove/sync";
import type { Awareness } from "y-protocols/awareness";

/** How long the AI stays in the room after an edit, so others notice who changed the file. */
export const EDIT_PRESENCE_MS = 5000;

/**
 * The AI as a collaborator in the room, on this person's presence (`agent`, see
 * `@wove/sync` presence): "answering" while any answer for them streams, "editing <file>"
 * for a few seconds after it applies a change (which wins over answering), gone otherwise.
 */
export class AgentPresence {
  readonly #awareness: Awareness;
  #answering = 0;
  #editing: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(awareness: Awareness) {
    this.#awareness = awareness;
  }

  /** Shows the AI answering until the returned function is called. */
  startAnswering(): () => void {
    this.#answering++;
    this.#publish();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.#answering--;
      this.#publish();
    };
  }

  /** Shows the AI in the file it just changed, for a few seconds. */
  edited(fileId: string, ms = EDIT_PRESENCE_MS): void {
    clearTimeout(this.#timer);
    this.#editing = fileId;
    this.#publish();
    this.#timer = setTimeout(() => {
      this.#editing = null;
      this.#publish();
    }, ms);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#answering = 0;
    this.#editing = null;
    this.#publish();
  }

  #publish(): void {
    if (this.#editing) setAgent(this.#awareness, { name: "AI", activity: "editing", file: this.#editing });
    else if (this.#answering > 0) setAgent(this.#awareness, { name: "AI", activity: "answering", file: null });
    else setAgent(this.#awareness, null);
  }
}
