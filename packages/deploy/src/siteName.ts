import { RESERVED_SITE_NAMES } from "./reservedSiteNames.ts";

/** A DNS label: 1 to 63 of a-z, 0-9 and hyphens, neither first nor last a hyphen. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Why `name` cannot be a site name, or null when it can. */
export function checkSiteName(name: string): string | null {
  if (!LABEL.test(name)) {
    return "A site name is 1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit";
  }
  if (name.includes("--")) return "A site name cannot contain two hyphens in a row (DNS reserves them)";
  if (RESERVED_SITE_NAMES.has(name)) return `"${name}" is reserved for the platform; choose another`;
  return null;
}

/** `<project-slug>-<owner>` folded into a DNS label: the name a site gets until someone changes it. */
export function defaultSiteName(projectSlug: string, ownerName: string): string {
  const fold = (text: string) =>
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  const owner = fold(ownerName) || "owner";
  const slug = fold(projectSlug) || "site";
  return trimLabel(`${slug}-${owner}`.slice(0, 63));
}

/** `name` with `-<n>` appended, still a label of at most 63 characters. */
export function numberedSiteName(name: string, n: number): string {
  const suffix = `-${n}`;
  return `${trimLabel(name.slice(0, 63 - suffix.length))}${suffix}`;
}

const trimLabel = (label: string) => label.replace(/-+$/g, "").replace(/-{2,}/g, "-") || "site";
