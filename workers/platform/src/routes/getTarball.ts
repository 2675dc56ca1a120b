import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { packageSourceFor } from "../npm/packageSourceFor.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

const querySchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  integrity: z.string().regex(/^sha(1|256|384|512)-[A-Za-z0-9+/=]+$/, "a Subresource Integrity string (sha512-…)"),
});

/**
 * `GET /api/projects/:id/npm/tarballs?url=<tarball>&integrity=<sri>`: a locked package's
 * tarball for the preview, from R2 when any build fetched it before (content-addressed by
 * its integrity), else from the registry, stored once it matches. Only the configured
 * registry's tarballs are fetched, so the route is no open proxy. Immutable: the bytes
 * behind an integrity never change.
 */
export async function getTarball(c: Context<AppEnv>): Promise<Response> {
  await authorizeProject(c, Action.ReadProject);
  const query = querySchema.safeParse(c.req.query());
  if (!query.success)
    throw new ApiError(
      400,
      ApiErrorCode.ValidationFailed,
      "Give the tarball's url and integrity as the lockfile has them",
      query.error.issues,
    );
  const registry = new URL(c.env.NPM_REGISTRY_URL || "https://registry.npmjs.org");
  if (new URL(query.data.url).origin !== registry.origin)
    throw new ApiError(
      400,
      ApiErrorCode.ValidationFailed,
      `Only tarballs of the registry ${registry.origin} are fetched`,
    );
  let bytes: Uint8Array;
  try {
    bytes = await packageSourceFor(c.env).tarball(query.data.url, {
      resolved: query.data.url,
      integrity: query.data.integrity,
    });
  } catch (err) {
    throw new ApiError(503, ApiErrorCode.Unavailable, err instanceof Error ? err.message : String(err));
  }
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/gzip",
      "Cache-Control": "private, max-age=31536000, immutable",
    },
  });
}
