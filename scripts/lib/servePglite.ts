import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { watchReadyForQuery } from "./watchReadyForQuery.ts";
import { SCRAM_MECHANISM, ScramExchange, scramVerifier, type ScramVerifier } from "./scramSha256.ts";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58;
const PASSWORD_MESSAGE = 0x70; // 'p': also carries SASLInitialResponse and SASLResponse
const AUTH_SASL = 10;
const AUTH_SASL_CONTINUE = 11;
const AUTH_SASL_FINAL = 12;
/** Ends an extended-protocol sequence (and an error's skip-until-Sync) so PGlite takes new input. */
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);
/**
 * How long a client may hold the database between its messages (idle in a transaction, or
 * gone without closing its socket) before it is disconnected and its transaction rolled
 * back. Postgres has this as idle_in_transaction_session_timeout, off by default; here one
 * PGlite session serves every client, so one stalled holder would stall all of them.
 */
const HOLD_TIMEOUT_MS = 10_000;

/**
 * Serves one PGlite database to many Postgres clients over TCP.
 *
 * PGlite is a single session, so clients must take turns, and a turn must be a whole
 * exchange: from a client's first message until PGlite says ReadyForQuery *idle*. That
 * keeps an extended-protocol sequence (Parse/Bind/Execute/Sync, whose unnamed statement
 * another client's Parse would replace) and a whole transaction together. pglite-socket's
 * own multiplexer interleaves at message granularity and loses unnamed statements under
 * concurrency, which is why this exists.
 *
 * PGlite itself lets any user in with any password, and anything on the machine (deployed
 * code with network access among them) can reach a loopback port, so the server asks for
 * `password` first: SCRAM-SHA-256, as Postgres does, which the clients here (node-postgres
 * inside the Neon driver, in Node and in workerd) speak. A wrong one gets Postgres's
 * ErrorResponse 28P01 and the connection is closed before PGlite sees the client.
 *
 * A client that holds its turn and then says nothing for `holdTimeoutMs` is disconnected
 * (see HOLD_TIMEOUT_MS), so the others go on.
 */
export async function servePglite(
  db: PGlite,
  options: { host: string; port: number; password: string; holdTimeoutMs?: number },
): Promise<{ port: number; stop(): Promise<void> }> {
  const verifier = scramVerifier(options.password);
  const turns = new Turns();
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    new Connection(db, socket, turns, verifier, options.holdTimeoutMs ?? HOLD_TIMEOUT_MS);
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
  /** Until the password is proven: the client's startup message, and the SCRAM exchange under way. */
  #startup: Buffer | undefined;
  #scram: ScramExchange | undefined;
  #holdTimer: ReturnType<typeof setTimeout> | undefined;
  /** PGlite's output to this client is one stream, cut anywhere: this follows it whole. */
  #ready = watchReadyForQuery();

  constructor(
    private readonly db: PGlite,
    private readonly socket: Socket,
    private readonly turns: Turns,
    private readonly verifier: ScramVerifier,
    private readonly holdTimeoutMs: number,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => {
      clearTimeout(this.#holdTimer);
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
          // PGlite answers the startup message only once the password is proven.
          this.#started = true;
          this.#startup = message;
          this.socket.write(authentication(AUTH_SASL, Buffer.from(`${SCRAM_MECHANISM}\0\0`)));
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
        if (this.#startup) {
          this.#authenticate(message);
          continue;
        }
        if (!this.#holding) {
          await this.turns.take();
          // Closed while waiting: #close found no turn to give back, so it is given here.
          if (this.#closed) {
            this.turns.give();
            break;
          }
          this.#holding = true;
        }
        let idle = false;
        await this.db.execProtocolRawStream(new Uint8Array(message), {
          onRawData: (data: Uint8Array) => {
            if (!this.#closed) this.socket.write(data);
            idle = this.#ready(data) ?? idle;
          },
        });
        if (idle) this.#release();
      }
    } catch {
      this.socket.destroy();
    } finally {
      this.#pumping = false;
    }
    if (this.#holding && !this.#closed && !this.#messages.length) {
      this.#holdTimer = setTimeout(() => {
        console.error(
          `embedded Postgres: disconnected a client that held the database for ${this.holdTimeoutMs} ms without a word`,
        );
        this.socket.destroy();
      }, this.holdTimeoutMs);
    }
  }

  /** One step of SCRAM; once the proof checks out, the startup message goes on to PGlite. */
  #authenticate(message: Buffer): void {
    if (message[0] !== PASSWORD_MESSAGE) return this.#refuse("08P01", "expected a password message");
    const body = message.subarray(5);
    if (!this.#scram) {
      // SASLInitialResponse: the mechanism's name, then the client-first message's length and bytes.
      const end = body.indexOf(0);
      const mechanism = body.subarray(0, Math.max(end, 0)).toString();
      if (end < 0 || mechanism !== SCRAM_MECHANISM || body.length < end + 5) {
        return this.#refuse("28000", `only ${SCRAM_MECHANISM} authentication is offered`);
      }
      this.#scram = new ScramExchange(this.verifier);
      const serverFirst = this.#scram.start(body.subarray(end + 5).toString());
      if (!serverFirst) return this.#refuse("08P01", "malformed SCRAM client-first message");
      this.socket.write(authentication(AUTH_SASL_CONTINUE, Buffer.from(serverFirst)));
      return;
    }
    const serverFinal = this.#scram.finish(body.toString());
    if (!serverFinal) return this.#refuse("28P01", "password authentication failed");
    this.socket.write(authentication(AUTH_SASL_FINAL, Buffer.from(serverFinal)));
    this.#messages.unshift(this.#startup as Buffer);
    this.#startup = undefined;
    this.#scram = undefined;
  }

  /** A fatal ErrorResponse with `code` (SQLSTATE), then the connection ends. */
  #refuse(code: string, message: string): void {
    const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`);
    const header = Buffer.alloc(5);
    header.write("E", 0);
    header.writeInt32BE(4 + fields.length, 1);
    // Nothing the client sends after this reaches PGlite.
    this.#closed = true;
    this.#messages = [];
    this.#startup = undefined;
    this.socket.end(Buffer.concat([header, fields]));
  }

  #release(): void {
    if (!this.#holding) return;
    this.#holding = false;
    this.turns.give();
  }

  async #close(): Promise<void> {
    this.#closed = true;
    this.#messages = [];
    clearTimeout(this.#holdTimer);
    if (this.#holding) {
      // A client that vanished mid-exchange must not leave PGlite waiting for the rest of it,
      // nor a transaction open, for the next one.
      await this.db.execProtocolRawStream(SYNC, { onRawData: () => undefined }).catch(() => undefined);
      if (this.db.isInTransaction()) await this.db.exec("ROLLBACK").catch(() => undefined);
    }
    this.#release();
  }
}

/** An Authentication message ('R') of `kind` with `data`. */
function authentication(kind: number, data: Buffer): Buffer {
  const header = Buffer.alloc(9);
  header.write("R", 0);
  header.writeInt32BE(8 + data.length, 1);
  header.writeInt32BE(kind, 5);
  return Buffer.concat([header, data]);
}
