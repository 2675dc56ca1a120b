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
import { limitAuthAttempts } from "./middleware/limitAuthAttempts.ts";
import { withAuth } from "./middleware/withAuth.ts";
import { withDb } from "./middleware/withDb.ts";
import { getHealth } from "./routes/getHealth.ts";
import { handleAuth } from "./routes/handleAuth.ts";
import { listDevMailbox } from "./routes/listDevMailbox.ts";
import { clientErrorSchema, reportClientError } from "./routes/reportClientError.ts";

export const app = new Hono<AppEnv>();

app.use("/api/*", limitBody, withDb, withAuth);

app.get("/api/health", getHealth);
app.post("/api/client-errors", validateJson(clientErrorSchema), reportClientError);

// Accounts: better-auth's endpoints (sign-up, sign-in, magic link, teams, API keys).
app.on(["GET", "POST"], "/api/auth/*", limitAuthAttempts, handleAuth);
app.get("/api/dev/mailbox", listDevMailbox);

app.notFound(notFound);
app.onError(onError);

export default app satisfies ExportedHandler<Env>;
export { ProjectRoom } from "./rooms/ProjectRoom.ts";
