export { createDb, DbConfigError } from "./createDb.ts";
export type { Database, DbConfig } from "./createDb.ts";
export * as schema from "./schema.ts";
export { instance } from "./schema.ts";
