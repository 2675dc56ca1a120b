/** What the sync indicator says about unconfirmed changes: whether there are any, and in how many files. */
export interface RoomPending {
  pending: boolean;
  /** How many files they touched (0 when not known: edits from before a reload). */
  pendingFiles: number;
}
