/**
 * Follows the Postgres backend message stream (`type:u8 length:i32 body`) across arbitrary
 * chunk boundaries and reports each ReadyForQuery's transaction status.
 *
 * servePglite needs this because PGlite hands its output over as the backend flushes it:
 * in 8 KiB pieces that end mid-message whenever a reply is larger than that. Reading each
 * piece as if it began on a message boundary misses the final ReadyForQuery, and the client
 * that got its whole answer would keep everybody else's turn.
 */
const READY_FOR_QUERY = 0x5a;
const IDLE = 0x49;
/** A message's type and length; ReadyForQuery's is followed by its one status byte. */
const HEADER = 5;

/** A function fed every output chunk in order: whether the last ReadyForQuery in it said idle, undefined when it had none. */
export function watchReadyForQuery(): (chunk: Uint8Array) => boolean | undefined {
  const header = new Uint8Array(HEADER + 1);
  let have = 0;
  // Bytes of the current message's body still to come.
  let skip = 0;
  return (chunk) => {
    let result: boolean | undefined;
    let i = 0;
    while (i < chunk.length) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.length - i);
        skip -= n;
        i += n;
        continue;
      }
      header[have++] = chunk[i++] as number;
      if (have < HEADER) continue;
      if (header[0] === READY_FOR_QUERY) {
        if (have < HEADER + 1) continue;
        result = header[HEADER] === IDLE;
      } else {
        const length = new DataView(header.buffer).getInt32(1);
        skip = length - 4;
      }
      have = 0;
    }
    return result;
  };
}
