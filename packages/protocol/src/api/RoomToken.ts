import * as z from "zod/mini";
import { projectRoleSchema } from "./Project.ts";

/**
 * `POST /api/projects/:id/room-token`: a short-lived signed token for the project's room,
 * when it stops being good, and the role the room will give it (a visitor's and a
 * read-only key's are a viewer's whatever the person's own role).
 */
export const roomTokenAnswerSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  role: projectRoleSchema,
});
export type RoomTokenAnswer = z.infer<typeof roomTokenAnswerSchema>;
