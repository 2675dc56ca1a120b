import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { requireUser } from "../projects/projectAccess.ts";
import { displayName } from "../projects/schemas.ts";

/** What `POST /api/keys` takes: a name, scopes, and optionally a lifetime in days. */
export const createApiKeySchema = z.object({
  name: displayName(64, "The key's name"),
  scopes: z
    .array(z.enum(["projects:read", "projects:write"], { message: 'Scopes are "projects:read" and "projects:write"' }))
    .min(1, "Give the key at least one scope"),
  expiresInDays: z.number().int().min(1).max(365).optional(),
});

type Input = { out: { json: z.output<typeof createApiKeySchema> } };

/**
 * `POST /api/keys`: an API key for scripts and the CLI (`Authorization: Bearer <key>`).
 * Scopes can only be set on the server in better-auth, so this route sets them; listing
 * and revoking use better-auth's own `/api/auth/api-key/list` and `/delete`.
 * The key is shown once, in this answer.
 */
export async function createApiKey(c: Context<AppEnv, string, Input>): Promise<Response> {
  const actor = await requireUser(c);
  const { name, scopes, expiresInDays } = c.req.valid("json");
  const actions = [...new Set(scopes.map((scope) => scope.split(":")[1] ?? ""))];
  const key = await c
    .get("auth")()
    .api.createApiKey({
      body: {
        name,
        userId: actor.userId,
        permissions: { projects: actions },
        expiresIn: expiresInDays ? expiresInDays * 24 * 60 * 60 : null,
      },
    });
  return c.json({ id: key.id, name: key.name, key: key.key, scopes, expiresAt: key.expiresAt }, 201);
}
