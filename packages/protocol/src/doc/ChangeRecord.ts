import * as z from "zod/mini";

/**
 * What one transaction did to the files map (SPEC D1), as plain JSON: `recordChanges`
 * writes it, the server stores it beside the agent's run, `revertChanges` undoes it, in
 * the same Durable Object or after a restart. It names content by Yjs ids, so it stays
 * small: the only text it copies is text the transaction deleted, which the document
 * forgets (garbage collection keeps a deleted character's id and length, not the character).
 *
 * Stored records come back through `changeRecordSchema`.
 */

/** `[client, clock, length]`: a run of consecutive Yjs struct ids of one client. */
export const idRangeSchema = z.tuple([z.int(), z.int(), z.int()]);
export type IdRange = z.infer<typeof idRangeSchema>;

/** `[client, clock, text]`: consecutive characters of one client, from the id of the first. */
export const segmentSchema = z.tuple([z.int(), z.int(), z.string()]);
export type Segment = z.infer<typeof segmentSchema>;

/** Characters the transaction deleted from a file that still exists, and the id of the first. */
export const deletedTextSchema = z.object({
  file: z.string(),
  client: z.int(),
  clock: z.int(),
  text: z.string(),
});
export type DeletedText = z.infer<typeof deletedTextSchema>;

/** A key of a file entry the transaction set (a rename sets `path`); no `before`: it was unset. */
export const keyChangeSchema = z.object({
  file: z.string(),
  key: z.string(),
  before: z.optional(z.json()),
});
export type KeyChange = z.infer<typeof keyChangeSchema>;

export const blobRefSchema = z.object({ hash: z.string(), size: z.number(), mime: z.string() });

/**
 * A file the transaction deleted, as it was just before: a text file's characters with
 * their ids (so an undo of several records can leave out what an earlier one inserted),
 * or a blob file's reference.
 */
export const deletedFileSchema = z.object({
  file: z.string(),
  path: z.string(),
  kind: z.enum(["text", "blob"]),
  segments: z.optional(z.array(segmentSchema)),
  blob: z.optional(blobRefSchema),
});
export type DeletedFile = z.infer<typeof deletedFileSchema>;

export const changeRecordSchema = z.object({
  /** Random; the document remembers which records were reverted, by this id (SPEC D16). */
  id: z.string(),
  /** Every struct the transaction created, text or not. */
  inserted: z.array(idRangeSchema),
  /** Files whose text the transaction inserted into or deleted from. */
  edited: z.array(z.string()),
  deletedText: z.array(deletedTextSchema),
  keys: z.array(keyChangeSchema),
  /** Files-map entries the transaction added. */
  created: z.array(z.string()),
  deleted: z.array(deletedFileSchema),
});
export type ChangeRecord = z.infer<typeof changeRecordSchema>;
