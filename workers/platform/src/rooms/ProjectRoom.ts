import { DurableObject } from "cloudflare:workers";

export interface RoomInfo {
  projectId: string | null;
  createdAt: string;
}

/**
 * One room per project, backed by the Durable Object's own SQLite. The collaboration
 * protocol (y-websocket over hibernatable sockets) joins this class in the rooms issue;
 * for now it keeps the room's identity in SQLite so it survives eviction.
 */
export class ProjectRoom extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // Schema changes run before any request or RPC reaches the room.
    void ctx.blockConcurrencyWhile(async () => this.#createSchema());
  }

  #createSchema(): void {
    this.ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS room_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
  }

  /** Records which project this room serves (first call wins) and reports it. */
  info(projectId?: string): RoomInfo {
    const sql = this.ctx.storage.sql;
    sql.exec("INSERT OR IGNORE INTO room_meta (key, value) VALUES ('created_at', ?)", new Date().toISOString());
    if (projectId) sql.exec("INSERT OR IGNORE INTO room_meta (key, value) VALUES ('project_id', ?)", projectId);
    const rows = new Map(
      sql
        .exec<{ key: string; value: string }>("SELECT key, value FROM room_meta")
        .toArray()
        .map((r) => [r.key, r.value]),
    );
    return { projectId: rows.get("project_id") ?? null, createdAt: rows.get("created_at") ?? "" };
  }

  /** Deletes everything the room stores; called when its project is deleted. */
  async purge(): Promise<void> {
    await this.ctx.storage.deleteAll();
    // This instance may serve again (a project id is never reused, but a stub may linger).
    this.#createSchema();
  }
}
