/** Monaco language ids by file extension (lower case, without the dot). */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  ts: "typescript",
  tsx: "typescript",
  mts: "typescript",
  cts: "typescript",
  js: "javascript",
  jsx: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  json: "json",
  jsonc: "json",
  html: "html",
  htm: "html",
  css: "css",
  scss: "scss",
  less: "less",
  md: "markdown",
  markdown: "markdown",
  py: "python",
  rs: "rust",
  go: "go",
  yaml: "yaml",
  yml: "yaml",
  // Monaco has no TOML grammar; its INI one colours sections, keys and strings well enough.
  toml: "ini",
  ini: "ini",
  sh: "shell",
  bash: "shell",
  zsh: "shell",
  sql: "sql",
  svg: "xml",
  xml: "xml",
  dockerfile: "dockerfile",
};

/**
 * The Monaco language for a file path: by extension, or `Dockerfile` (also
 * `Dockerfile.dev`, `prod.dockerfile`) by name; anything else is plain text.
 */
export function languageFor(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const lower = name.toLowerCase();
  if (lower === "dockerfile" || lower.startsWith("dockerfile.")) return "dockerfile";
  const dot = lower.lastIndexOf(".");
  // A leading dot is a hidden file's name (`.env`), not an extension.
  if (dot <= 0) return "plaintext";
  return BY_EXTENSION[lower.slice(dot + 1)] ?? "plaintext";
}
