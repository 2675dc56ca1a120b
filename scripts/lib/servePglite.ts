import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58;
const READY_FOR_QUERY = 0x5a;
const IDLE = 0x49;

/**
 * Serves one PGlite database to many Postgres clients over TCP.
 *
 * PGlite is a single session, so clients must take turns, and a turn must be a whole
 * exchange: from a client's first message until PGlite says ReadyForQuery *idle*. That
 * keeps an extended-protocol sequence (Parse/Bind/Execute/Sync, whose unnamed statement
 * another client's Parse would replace) and a whole transaction together. pglite-socket's
 * own multiplexer interleaves at message granularity and loses unnamed statements under
 * concurrency, which is why this exists.
 */
export async function servePglite(
  db: PGlite,
  options: { host: string; port: number },
): Promise<{ port: number; stop(): Promise<void> }> {
  const turns = new Turns();
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    new Connection(db, socket, turns);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : options.port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A FIFO lock: one client's exchange at a time. */
class Turns {
  #held = false;
  #waiting: Array<() => void> = [];

  async take(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  give(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
}

class Connection {
  #pending = Buffer.alloc(0);
  #messages: Buffer[] = [];
  #started = false;
  #pumping = false;
  #holding = false;
  #closed = false;

  constructor(
    private readonly db: PGlite,
    private readonly socket: Socket,
    private readonly turns: Turns,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => {
      this.#pending = Buffer.concat([this.#pending, chunk]);
      this.#split();
      void this.#pump();
    });
    socket.on("close", () => void this.#close());
    socket.on("error", () => socket.destroy());
  }

  /** Cuts complete frontend messages off the buffer (startup messages have no type byte). */
  #split(): void {
    for (;;) {
      if (!this.#started) {
        if (this.#pending.length < 8) return;
        const length = this.#pending.readInt32BE(0);
        if (this.#pending.length < length) return;
        const code = this.#pending.readInt32BE(4);
        const message = this.#pending.subarray(0, length);
        this.#pending = this.#pending.subarray(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) this.socket.write("N");
        else if (code === CANCEL_REQUEST) this.socket.end();
        else {
          this.#started = true;
          this.#messages.push(message);
        }
        continue;
      }
      if (this.#pending.length < 5) return;
      const length = 1 + this.#pending.readInt32BE(1);
      if (this.#pending.length < length) return;
      this.#messages.push(this.#pending.subarray(0, length));
      this.#pending = this.#pending.subarray(length);
    }
  }

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#messages.length && !this.#closed) {
        const message = this.#messages.shift() as Buffer;
        if (message[0] === TERMINATE && this.#started) {
          this.socket.end();
          break;
        }
        if (!this.#holding) {
          await this.turns.take();
          this.#holding = true;
        }
        let idle = false;
        await this.db.execProtocolRawStream(new Uint8Array(message), {
          onRawData: (data: Uint8Array) => {
            if (!this.#closed) this.socket.write(data);
            idle = endsIdle(data) ?? idle;
          },
        });
        if (idle) this.#release();
      }
    } catch {
      this.socket.destroy();
    } finally {
      this.#pumping = false;
    }
  }

  #release(): void {
    if (!this.#holding) return;
    this.#holding = false;
    this.turns.give();
  }

  async #close(): Promise<void> {
    this.#closed = true;
    this.#messages = [];
    // A client that vanished mid-transaction must not leave it open for the next one.
    if (this.#holding && this.db.isInTransaction()) await this.db.exec("ROLLBACK").catch(() => undefined);
    this.#release();
  }
}

/** Whether the last ReadyForQuery in `data` says idle; undefined when there is none. */
function endsIdle(data: Uint8Array): boolean | undefined {
  let result: boolean | undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i + 5 <= data.length;) {
    const length = view.getInt32(i + 1);
    if (data[i] === READY_FOR_QUERY) result = data[i + 5] === IDLE;
    i += 1 + length;
  }
  return result;
}
