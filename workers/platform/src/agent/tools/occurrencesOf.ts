/**
 * Where `find` starts in `text`, overlapping matches included: in "aaa", "aa" is found twice,
 * since an edit of it could mean either and is as ambiguous as two separate copies.
 * Stops after `max` matches, for callers that only need to tell one from several.
 */
export function occurrencesOf(text: string, find: string, max = Infinity): number[] {
  const found: number[] = [];
  if (find === "") return found;
  for (let at = text.indexOf(find); at !== -1 && found.length < max; at = text.indexOf(find, at + 1)) {
    found.push(at);
  }
  return found;
}
