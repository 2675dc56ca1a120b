/** The MIME type of an explorer entry being dragged (as opposed to files from the desktop). */
export const ENTRY_DRAG_TYPE = "application/x-wove-entry";
