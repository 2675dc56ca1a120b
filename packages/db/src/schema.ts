import { sql } from "drizzle-orm";
import { boolean, check, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * One row naming this installation's database. Written once by the migrator, so its id
 * tells whether two starts of the platform see the same data (the health check reports it).
 */
export const instance = pgTable(
  "instance",
  {
    // A constant key makes "at most one row" a constraint rather than a convention.
    singleton: boolean("singleton").primaryKey().default(true),
    id: uuid("id").notNull().defaultRandom(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check("instance_singleton", sql`${table.singleton}`)],
);
