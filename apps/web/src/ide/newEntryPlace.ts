/**
 * Where a name typed into the explorer's "New file" or "New folder" field goes. The field
 * starts in the open file's folder, and says so ("in src/"); a leading `/` means the
 * project's root instead, as in a path from the root ("/README.md").
 */
export function placeNewEntry(folder: string, typed: string): { folder: string; name: string } {
  const name = typed.trim();
  if (name.startsWith("/")) return { folder: "", name: name.replace(/^\/+/, "") };
  return { folder, name };
}

/** The hint under the field: where what is typed now would go (and, in a folder, how to reach the root). */
export function describePlace(folder: string, typed: string): string {
  const place = placeNewEntry(folder, typed);
  return place.folder ? `in ${place.folder}/ · start with / for the root` : "in the project's root";
}
