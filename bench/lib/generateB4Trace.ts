/**
 * A synthetic editing trace shaped like B4 of the crdt-benchmarks project (Martin
 * Kleppmann's keystroke trace of writing a LaTeX paper: 182,315 single-character
 * insertions and 77,463 single-character deletions, 259,778 edits ending at 104,852
 * characters), generated deterministically from a seed so no dataset is downloaded.
 *
 * Each op is `[position, deleteCount, insertText]`, the layout of B4's `edits`: delete
 * `deleteCount` (0 or 1) characters at `position`, then insert `insertText` ("" or one
 * character) there. Edits come in bursts around a cursor, as typing does: runs of
 * keystrokes, runs of backspaces (now and then a forward delete), and between bursts the
 * cursor mostly stays, sometimes moves a few lines, and rarely jumps anywhere.
 *
 * Exactly `insertions` + `deletions` ops are produced, so the final length is
 * `insertions - deletions` for any seed.
 */
export type TraceOp = readonly [position: number, deleteCount: 0 | 1, insertText: string];

export interface TraceShape {
  insertions: number;
  deletions: number;
}

/** The real B4 trace's counts. (One edit in 3.35 is a deletion, not one in five.) */
export const B4_SHAPE: TraceShape = { insertions: 182_315, deletions: 77_463 };

/**
 * Mean burst lengths: a sentence typed, a few words corrected. Tuned so the Yjs encoding
 * of the result (about 215 kB) is near the real B4's (160 kB): Yjs stores a run typed in
 * one place as one item, so shorter bursts would mean more items and a heavier document.
 */
const MEAN_INSERT_RUN = 40;
const MEAN_DELETE_RUN = 12;
/** Between bursts: how often the cursor moves nearby (a few lines) or jumps anywhere. */
const NEARBY_MOVE = 0.1;
const FAR_JUMP = 0.02;
const NEARBY_SPAN = 400;

const WORDS = (
  "the of a an and to in is that we for each replica operation list element insert delete " +
  "cursor concurrent CRDT JSON document tree causal order identifier merge state network " +
  "\\emph{consistency} \\cite{Shapiro2011} \\section{Introduction} $x$ $\\mathit{id}$ algorithm"
).split(" ");

export function generateB4Trace(seed: number, shape: TraceShape = B4_SHAPE): TraceOp[] {
  const random = mulberry32(seed);
  const nextChar = typist(random);
  const ops: TraceOp[] = [];
  let insertsLeft = shape.insertions;
  let deletesLeft = shape.deletions;
  let length = 0;
  let cursor = 0;

  while (insertsLeft + deletesLeft > 0) {
    const roll = random();
    if (roll < FAR_JUMP) cursor = Math.floor(random() * (length + 1));
    else if (roll < FAR_JUMP + NEARBY_MOVE) cursor += Math.round((random() * 2 - 1) * NEARBY_SPAN);
    cursor = Math.max(0, Math.min(length, cursor));

    // Choose by the bursts each kind has left, so the counts come out exact.
    const deleteBursts = deletesLeft / MEAN_DELETE_RUN;
    const insertBursts = insertsLeft / MEAN_INSERT_RUN;
    const deleting = length > 0 && random() * (deleteBursts + insertBursts) < deleteBursts;
    if (deleting) {
      const run = Math.min(deletesLeft, length, burstLength(random, MEAN_DELETE_RUN));
      const forward = random() < 0.1;
      for (let i = 0; i < run; i++) {
        if (forward && cursor < length) {
          ops.push([cursor, 1, ""]);
        } else {
          if (cursor === 0) cursor = 1;
          ops.push([--cursor, 1, ""]);
        }
        length--;
      }
      deletesLeft -= run;
    } else {
      const run = Math.min(insertsLeft, burstLength(random, MEAN_INSERT_RUN));
      for (let i = 0; i < run; i++) ops.push([cursor++, 0, nextChar()]);
      length += run;
      insertsLeft -= run;
    }
  }
  return ops;
}

/** Geometric run length with the given mean, at least 1. */
function burstLength(random: () => number, mean: number): number {
  return 1 + Math.floor(Math.log(1 - random()) / Math.log(1 - 1 / mean));
}

/** Prose-like characters: words from a small LaTeX-flavoured vocabulary, spaces, line breaks. */
function typist(random: () => number): () => string {
  let pending = "";
  return () => {
    if (!pending) {
      const word = WORDS[Math.floor(random() * WORDS.length)] ?? "x";
      pending = word + (random() < 0.08 ? "\n" : " ");
    }
    const char = pending[0] ?? " ";
    pending = pending.slice(1);
    return char;
  };
}

/** A small, fast, seedable PRNG (public domain), uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
