/**
 * The local changes the room has not yet confirmed storing, and the files they touched.
 * Changes are numbered in the order they were sent; a probe remembers the newest number
 * sent before it, and its answer confirms everything up to that number (the room answers
 * in order, after storing). A lost connection loses its probes' answers, not the changes:
 * they stay pending until a probe on a new connection is answered.
 */
export class PendingChanges {
  #localSeq = 0;
  #confirmedSeq = 0;
  /** The files each unconfirmed change touched, by its number. */
  #changedFiles = new Map<number, ReadonlySet<string>>();
  /** How many of those changes touched each file: read on every keystroke, so kept, not summed. */
  #byFile = new Map<string, number>();
  /** For each probe awaiting its answer, the newest change sent before it. */
  #probes: number[] = [];

  /** Local changes (Yjs updates: about one per keystroke) not confirmed yet. */
  get count(): number {
    return this.#localSeq - this.#confirmedSeq;
  }

  get files(): ReadonlySet<string> {
    return new Set(this.#byFile.keys());
  }

  /** One local change, touching `files` (none known, for a catch-up sent as one difference). */
  add(files: ReadonlySet<string> = new Set()): void {
    this.#localSeq++;
    if (!files.size) return;
    this.#changedFiles.set(this.#localSeq, files);
    for (const id of files) this.#byFile.set(id, (this.#byFile.get(id) ?? 0) + 1);
  }

  probeSent(): void {
    this.#probes.push(this.#localSeq);
  }

  /** A probe's answer arrived: answers false if no probe was waiting for one. */
  probeAnswered(): boolean {
    const upTo = this.#probes.shift();
    if (upTo === undefined) return false;
    this.#confirmedSeq = Math.max(this.#confirmedSeq, upTo);
    // In number order (a Map keeps insertion order): stop at the first unconfirmed one.
    for (const [seq, files] of this.#changedFiles) {
      if (seq > this.#confirmedSeq) break;
      this.#changedFiles.delete(seq);
      for (const id of files) {
        const left = (this.#byFile.get(id) ?? 1) - 1;
        if (left > 0) this.#byFile.set(id, left);
        else this.#byFile.delete(id);
      }
    }
    return true;
  }

  /** The socket closed: no probe sent on it will be answered. */
  connectionLost(): void {
    this.#probes = [];
  }
}
