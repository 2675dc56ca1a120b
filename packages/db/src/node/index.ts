export { migrate, migrationsFolder } from "./migrate.ts";
