/**
 * The platform Worker's route table: read this file to see where a request goes.
 * Handlers live one per file under routes/; Durable Object classes under rooms/.
 */
import { Hono } from "hono";
import type { AppEnv } from "./AppEnv.ts";
import { notFound } from "./errors/notFound.ts";
import { onError } from "./errors/onError.ts";
import { limitBody } from "./middleware/limitBody.ts";
import { validateJson } from "./middleware/validateJson.ts";
import { withDb } from "./middleware/withDb.ts";
import { getHealth } from "./routes/getHealth.ts";
import { clientErrorSchema, reportClientError } from "./routes/reportClientError.ts";

export const app = new Hono<AppEnv>();

app.use("/api/*", limitBody, withDb);

app.get("/api/health", getHealth);
app.post("/api/client-errors", validateJson(clientErrorSchema), reportClientError);

app.notFound(notFound);
app.onError(onError);

export default app satisfies ExportedHandler<Env>;
export { ProjectRoom } from "./rooms/ProjectRoom.ts";
