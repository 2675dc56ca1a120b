import { connect, type Socket } from "node:net";
import { neonConfig, Pool } from "@neondatabase/serverless";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./startEmbeddedPostgres.ts";
import { startWsBridge, type WsBridge } from "./startWsBridge.ts";

neonConfig.webSocketConstructor = WebSocket;
neonConfig.useSecureWebSocket = false;
neonConfig.forceDisablePgSSL = true;
neonConfig.pipelineConnect = false;

let pg: EmbeddedPostgres | undefined;
let bridge: WsBridge | undefined;
afterEach(async () => {
  await bridge?.stop();
  await pg?.stop();
  bridge = pg = undefined;
});

/** The embedded database behind the WebSocket bridge, with the Neon driver pointed at it, as the Worker has it. */
async function startBehindBridge(options: Parameters<typeof startEmbeddedPostgres>[0]): Promise<EmbeddedPostgres> {
  const started = await startEmbeddedPostgres(options);
  bridge = await startWsBridge({ target: started });
  const proxy = bridge.address;
  neonConfig.wsProxy = (host, port) => `${proxy}/v2?address=${host}:${port}`;
  return started;
}

/** What an attacker's raw TCP client does: a StartupMessage (user postgres, protocol 3.0). */
function startupMessage(): Buffer {
  const params = Buffer.from("user\0postgres\0database\0postgres\0\0");
  const message = Buffer.alloc(8 + params.length);
  message.writeInt32BE(message.length, 0);
  message.writeInt32BE(196_608, 4);
  params.copy(message, 8);
  return message;
}

/** A typed frontend message: `type`, its length, `body`. */
function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0);
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}

/** Connects, runs `steps`, and collects what the server sends until it closes the connection. */
async function exchange(port: number, steps: (socket: Socket, received: () => Buffer) => Promise<void>) {
  const socket = connect(port, "127.0.0.1");
  let received = Buffer.alloc(0);
  let closed = false;
  socket.on("data", (chunk: Buffer) => (received = Buffer.concat([received, chunk])));
  socket.once("close", () => (closed = true));
  try {
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    await steps(socket, () => received);
    // The server must end the connection itself.
    await expect.poll(() => closed, { timeout: 15_000 }).toBe(true);
    return received;
  } finally {
    socket.destroy();
  }
}

/** Waits until the server has sent at least `length` bytes. */
async function until(received: () => Buffer, length: number): Promise<void> {
  await expect.poll(() => received().length).toBeGreaterThanOrEqual(length);
}

/** The SQLSTATE of the ErrorResponse in `bytes`, if any. */
function errorCode(bytes: Buffer): string | undefined {
  const at = bytes.indexOf("E");
  if (at < 0) return undefined;
  return /\0C([0-9A-Z]{5})\0/.exec(`\0${bytes.subarray(at + 5).toString("latin1")}`)?.[1];
}

describe("servePglite asks for a password (issue 14 item 1)", () => {
  it("answers a raw client's startup with a SCRAM challenge, not AuthenticationOk, and runs none of its queries", async () => {
    pg = await startEmbeddedPostgres();
    const query = message("Q", Buffer.from("SELECT 'leaked' AS secret\0"));
    const received = await exchange(pg.port, async (socket, got) => {
      socket.write(startupMessage());
      await until(got, 9);
      socket.write(query);
    });
    // AuthenticationSASL (10) naming SCRAM-SHA-256, never AuthenticationOk (0).
    expect(received.subarray(0, 1).toString()).toBe("R");
    expect(received.readInt32BE(5)).toBe(10);
    expect(received.toString("latin1")).toContain("SCRAM-SHA-256");
    expect(errorCode(received)).toBe("08P01");
    expect(received.toString("latin1")).not.toContain("leaked");
  });

  it("refuses a wrong password with ErrorResponse 28P01 and closes the connection", async () => {
    pg = await startEmbeddedPostgres({ password: "right-password" });
    const clientFirst = Buffer.from("n,,n=*,r=abcdefghijklmnopqrstuvwx");
    const initial = Buffer.alloc(4);
    initial.writeInt32BE(clientFirst.length);
    const received = await exchange(pg.port, async (socket, got) => {
      socket.write(startupMessage());
      await until(got, 9);
      socket.write(message("p", Buffer.concat([Buffer.from("SCRAM-SHA-256\0"), initial, clientFirst])));
      await expect.poll(() => got().toString("latin1")).toMatch(/r=abcdefghijklmnopqrstuvwx[^,]+,s=/);
      const nonce = /r=([^,]+),s=/.exec(got().toString("latin1"))?.[1] ?? "";
      // A proof made without the password: 32 bytes of nothing.
      socket.write(message("p", Buffer.from(`c=biws,r=${nonce},p=${Buffer.alloc(32).toString("base64")}`)));
    });
    expect(errorCode(received)).toBe("28P01");
    expect(received.toString("latin1")).toContain("password authentication failed");
    expect(received.toString("latin1")).not.toContain("v=");
  });

  it("refuses the Neon driver (the Worker's client) with a wrong password, and serves it with the right one", async () => {
    pg = await startBehindBridge({ password: "s3cret-for-this-start" });

    const wrong = new Pool({ connectionString: pg.url.replace("s3cret-for-this-start", "guess"), max: 1 });
    wrong.on("error", () => undefined);
    await expect(wrong.query("SELECT 1")).rejects.toMatchObject({ code: "28P01" });
    await wrong.end();

    expect(pg.url).toContain(":s3cret-for-this-start@");
    const right = new Pool({ connectionString: pg.url, max: 2 });
    const { rows } = await right.query<{ n: number }>("SELECT $1::int AS n", [7]);
    expect(rows).toEqual([{ n: 7 }]);
    await right.end();
  });
});

describe("servePglite keeps one stalled client from stalling the rest", () => {
  it("disconnects a client idle in a transaction, rolls it back, and serves the next one", async () => {
    pg = await startBehindBridge({ holdTimeoutMs: 300 });
    const stalled = new Pool({ connectionString: pg.url, max: 1 });
    stalled.on("error", () => undefined);
    const others = new Pool({ connectionString: pg.url, max: 1 });
    await others.query("CREATE TABLE held (x int)");

    const holder = await stalled.connect();
    holder.on("error", () => undefined);
    await holder.query("BEGIN");
    await holder.query("INSERT INTO held VALUES (1)");
    // The holder says nothing more and keeps its socket open: the others still get answers,
    // and see nothing of its transaction.
    const { rows } = await others.query<{ n: number }>("SELECT count(*)::int AS n FROM held");
    expect(rows).toEqual([{ n: 0 }]);
    await expect(holder.query("SELECT 1")).rejects.toThrow();

    holder.release(true);
    await Promise.all([stalled.end(), others.end()]);
  });
});

describe("servePglite ends a turn where the reply ends", () => {
  it("lets the next client in after a reply larger than PGlite's 8 KiB output pieces", async () => {
    // Long enough that a missed release shows as the second client waiting, not as a disconnect.
    pg = await startBehindBridge({ holdTimeoutMs: 120_000 });
    const first = new Pool({ connectionString: pg.url, max: 1 });
    const second = new Pool({ connectionString: pg.url, max: 1 });

    // About 48 KiB of 48-byte rows: PGlite's 8 KiB pieces end mid-row, and the last begins mid-row.
    const { rows } = await first.query("SELECT repeat('x', 37) AS x FROM generate_series(1, 1000)");
    expect(rows).toHaveLength(1000);
    // The first pool keeps its connection open and idle, as a Worker's pool does between queries.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("the second client never got a turn")), 5_000);
    });
    const answer = await Promise.race([second.query<{ n: number }>("SELECT 2 AS n"), stalled]);
    clearTimeout(timer);
    expect(answer.rows).toEqual([{ n: 2 }]);
    await Promise.all([first.end(), second.end()]);
  });
});
