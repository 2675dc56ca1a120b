import { defineConfig } from "drizzle-kit";

// `npm run generate -w @wove/db` writes a new migration after a schema change.
// Migrations are append-only: never edit one that has landed.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/schema.ts", "./src/authSchema.ts"],
  out: "../../migrations",
});
