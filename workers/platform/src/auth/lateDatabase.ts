import type { Database } from "@wove/db";

/**
 * A Database that is whichever one `current()` answers at the moment it is used. better-auth
 * is built once per isolate (building it costs milliseconds of CPU), but a Worker's database
 * connections belong to one request: its adapter holds this and reaches the request's own.
 */
export function lateDatabase(current: () => Database): Database {
  return new Proxy({} as Database, {
    get(_target, property) {
      const db = current();
      const value: unknown = Reflect.get(db, property, db);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(db) : value;
    },
  });
}
