/** Why a path is not acceptable as a file path (SPEC D3), or null when it is. */
export function validatePath(path: string): string | null {
  if (path.length === 0) return "The path is empty";
  if (path.length > 1024) return "The path is longer than 1024 characters";
  if (path.startsWith("/")) return "The path must be relative (no leading /)";
  if (path.endsWith("/")) return "The path must name a file (no trailing /)";
  for (const segment of path.split("/")) {
    if (segment === "") return "The path has an empty segment (//)";
    if (segment === "." || segment === "..") return `The path may not contain "${segment}"`;
    if (segment.length > 255) return "A name in the path is longer than 255 characters";
    // eslint-disable-next-line no-control-regex -- control characters are what we refuse
    if (/[\\:*?"<>|\u0000-\u001f\u007f]/.test(segment)) {
      return `"${segment}" contains a character that is not allowed (\\ : * ? " < > | or a control character)`;
    }
  }
  return null;
}

/** A folder path in the same form as file paths (no slashes at either end). */
export function normalizeFolder(path: string): string {
  return path.replace(/^\/+|\/+$/g, "");
}
