import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/**
 * One client's awareness state inside an awareness update, as y-protocols encodes it:
 *
 *   update  = count:varUint entry*
 *   entry   = clientID:varUint clock:varUint state:varString (JSON, "null" = gone)
 *
 * The room reads these to remember who is present without running y-protocols'
 * Awareness class, whose interval timer would keep an idle room awake.
 */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state as JSON text; "null" means the client left. */
  state: string;
}

export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({
      clientId: decoding.readVarUint(decoder),
      clock: decoding.readVarUint(decoder),
      state: decoding.readVarString(decoder),
    });
  }
  return entries;
}

export function writeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
