/**
 * One replacement in a text, in UTF-16 offsets of the text *before* any edit of the
 * same batch: `[start, end)` becomes `text`. A batch is sorted and never overlaps.
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}
