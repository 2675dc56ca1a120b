export { createDb, DbConfigError } from "./createDb.ts";
export { withDatabase } from "./withDatabase.ts";
export type { Database, DbConfig } from "./createDb.ts";
export * as authSchema from "./authSchema.ts";
export * from "./authSchema.ts";
export * from "./schema.ts";
