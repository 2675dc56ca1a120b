import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { neonConfig, Pool } from "@neondatabase/serverless";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { getFreePort } from "./getFreePort.ts";
import { databaseAddresses } from "./databaseAddresses.ts";
import { startDatabase, type Database } from "./startDatabase.ts";

neonConfig.webSocketConstructor = WebSocket;
let db: Database | undefined;
afterEach(async () => {
  await db?.stop();
  db = undefined;
});

/** A pool over the Neon driver and the bridge: the path the Worker takes. */
function poolFor(database: Database, max = 4): Pool {
  // startDatabase's migrate() already pointed the driver at the bridge.
  return new Pool({ connectionString: database.url, max });
}

describe("startDatabase (embedded)", () => {
  it("migrates an empty database and keeps its data across restarts", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "wove-db-")), "postgres");
    db = await startDatabase({ dataDir });
    expect(db.embedded).toBe(true);
    expect(db.wsProxy).toMatch(/^127\.0\.0\.1:\d+$/);
    const first = db.instanceId;

    const pool = poolFor(db);
    await pool.query("CREATE TABLE notes (body text)");
    await pool.query("INSERT INTO notes VALUES ('kept')");
    await pool.end();
    await db.stop();

    db = await startDatabase({ dataDir });
    expect(db.instanceId).toBe(first);
    const again = poolFor(db);
    const { rows } = await again.query<{ body: string }>("SELECT body FROM notes");
    expect(rows).toEqual([{ body: "kept" }]);
    await again.end();
  });

  it("starts on the ports it is given, at the addresses databaseAddresses promised before it ran", async () => {
    const ports = { postgres: await getFreePort(), bridge: await getFreePort() };
    const promised = databaseAddresses(undefined, ports, "this-start");
    db = await startDatabase({ ports, password: "this-start" });
    expect({ url: db.url, wsProxy: db.wsProxy }).toEqual(promised);
    const pool = poolFor(db);
    expect((await pool.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await pool.end();
  });

  it("runs interactive transactions over the driver, isolated from other connections", async () => {
    db = await startDatabase({});
    const pool = poolFor(db);
    await pool.query("CREATE TABLE counters (n int)");

    const tx = await pool.connect();
    const other = await pool.connect();
    await tx.query("BEGIN");
    await tx.query("INSERT INTO counters VALUES (1)");
    // Another connection's statement waits for the transaction rather than joining it.
    const outside = other.query<{ count: string }>("SELECT count(*)::text AS count FROM counters");
    await tx.query("ROLLBACK");
    expect((await outside).rows[0]?.count).toBe("0");

    await tx.query("BEGIN");
    await tx.query("INSERT INTO counters VALUES (2)");
    await tx.query("COMMIT");
    expect((await other.query<{ n: number }>("SELECT n FROM counters")).rows).toEqual([{ n: 2 }]);
    tx.release();
    other.release();
    await pool.end();
  });

  it("queues a burst of concurrent connections instead of refusing them", async () => {
    db = await startDatabase({});
    const pools = Array.from({ length: 150 }, () => poolFor(db as Database, 1));
    const results = await Promise.all(pools.map((pool, i) => pool.query<{ n: number }>("SELECT $1::int AS n", [i])));
    expect(results.map((r) => r.rows[0]?.n)).toEqual(pools.map((_, i) => i));
    await Promise.all(pools.map((pool) => pool.end()));
  });

  it("reports a database it cannot reach instead of hanging", async () => {
    await expect(startDatabase({ url: "postgres://postgres:postgres@127.0.0.1:1/postgres" })).rejects.toThrow();
  });
});

describe("databaseAddresses", () => {
  const ports = { postgres: 5433, bridge: 5434 };

  it("puts a Neon URL through Neon's own proxy, and any other Postgres through the bridge", () => {
    const neon = "postgres://u:p@ep-x.eu-central-1.aws.neon.tech/db?sslmode=require";
    expect(databaseAddresses(neon, ports, "unused")).toEqual({ url: neon, wsProxy: "" });
    const pg = "postgres://u:p@db.internal:5432/wove";
    expect(databaseAddresses(pg, ports, "unused")).toEqual({ url: pg, wsProxy: "127.0.0.1:5434" });
  });
});
