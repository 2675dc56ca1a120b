import { PROJECT_ROLES, VISIBILITIES } from "@wove/db";
import { nameProblem } from "@wove/protocol";
import { z } from "zod";

/** A name shown to other people (policy: packages/protocol/src/names.ts). */
export const displayName = (max: number, label = "Name") =>
  z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} is at most ${max} characters`)
    .superRefine((value, ctx) => {
      const problem = nameProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });

const name = displayName(100);
const description = z
  .string()
  .trim()
  .max(1000, "Description is at most 1000 characters")
  .superRefine((value, ctx) => {
    const problem = nameProblem(value, { multiline: true });
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
const visibility = z.enum(VISIBILITIES, { message: 'Visibility is one of "private", "unlisted", "public"' });
const role = z.enum(PROJECT_ROLES, { message: 'Role is one of "owner", "editor", "viewer"' });

/**
 * A project id chosen by the client: the shape `newId()` (packages/protocol/src/newId.ts)
 * makes, 16 characters of lowercase Crockford base32. A browser picks the id when it
 * creates a project offline, so the project keeps one id before and after the server
 * learns of it.
 */
const projectId = z
  .string()
  .regex(
    /^[0-9a-hjkmnp-tv-z]{16}$/,
    "id is 16 characters of 0-9 and lowercase a-z without i, l, o, u (as newId makes)",
  );

export const createProjectSchema = z.object({
  id: projectId.optional(),
  name,
  description: description.optional(),
  visibility,
});

export const updateProjectSchema = z
  .object({ name: name.optional(), description: description.optional(), visibility: visibility.optional() })
  .refine(
    (patch) => Object.values(patch).some((v) => v !== undefined),
    "Send at least one of name, description, visibility",
  );

export const addMemberSchema = z.union([
  z.object({ email: z.email("A valid email address is required").max(254), role }),
  z.object({ teamId: z.string().min(1).max(100), role }),
]);

export const updateMemberSchema = z.object({ role });

export const transferProjectSchema = z.object({ userId: z.string().min(1).max(100) });

export const listProjectsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  /** owned: the caller is the owner of record; shared: someone else is. */
  filter: z.enum(["all", "owned", "shared"]).default("all"),
});
