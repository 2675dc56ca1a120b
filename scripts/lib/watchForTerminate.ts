/**
 * Follows the Postgres frontend message stream (startup, then `type:u8 length:i32 body`
 * messages) across arbitrary chunk boundaries, and reports when the client sends
 * Terminate ('X'): after that the client will send nothing more.
 *
 * The bridge needs this because a Worker's WebSocket is not always closed when its
 * request ends, and PGlite's server holds a connection slot until its socket closes.
 */
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const TERMINATE = 0x58;

export function watchForTerminate(): (chunk: Uint8Array) => boolean {
  let pending: Uint8Array = new Uint8Array(0);
  let startupDone = false;
  return (chunk) => {
    pending = concat(pending, chunk);
    const view = () => new DataView(pending.buffer, pending.byteOffset, pending.byteLength);
    for (;;) {
      if (!startupDone) {
        if (pending.length < 8) return false;
        const length = view().getInt32(0);
        const code = view().getInt32(4);
        if (pending.length < length) return false;
        pending = pending.subarray(length);
        // SSL and GSS encryption requests come before the real startup message.
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) startupDone = true;
        continue;
      }
      if (pending.length < 5) return false;
      if (pending[0] === TERMINATE) return true;
      const length = view().getInt32(1);
      if (pending.length < 1 + length) return false;
      pending = pending.subarray(1 + length);
    }
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
