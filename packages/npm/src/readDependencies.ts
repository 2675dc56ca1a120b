export type ReadDependenciesResult = { ok: true; dependencies: Record<string, string> } | { ok: false; error: string };

const NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;

/**
 * The packages a project's package.json asks for: `dependencies` and `devDependencies`
 * (a bundle includes whatever is imported, whichever list it is in), name → range.
 * Ranges other than semver ranges and dist-tags (git URLs, `file:`, `workspace:`) have
 * nothing to fetch them from here, so they are refused by name.
 */
export function readDependencies(text: string | undefined): ReadDependenciesResult {
  if (text === undefined) return { ok: true, dependencies: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `package.json is not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (typeof value !== "object" || value === null) return { ok: false, error: "package.json must be an object" };
  const dependencies: Record<string, string> = {};
  for (const field of ["devDependencies", "dependencies"] as const) {
    const list = (value as Record<string, unknown>)[field];
    if (list === undefined) continue;
    if (typeof list !== "object" || list === null || Array.isArray(list))
      return { ok: false, error: `package.json: ${field} must map package names to version ranges` };
    for (const [name, range] of Object.entries(list)) {
      if (!NAME.test(name)) return { ok: false, error: `package.json: "${name}" is not a package name` };
      if (typeof range !== "string")
        return { ok: false, error: `package.json: ${field}["${name}"] must be a version range` };
      if (/^(?:[a-z+]+:|\.{0,2}\/|[\w-]+\/[\w.-]+$)/i.test(range.trim()))
        return {
          ok: false,
          error: `package.json: ${name}@"${range}" is not a version range; deploys fetch packages from the npm registry by version only`,
        };
      dependencies[name] = range.trim() || "*";
    }
  }
  return { ok: true, dependencies };
}
