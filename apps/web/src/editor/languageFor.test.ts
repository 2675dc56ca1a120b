import { describe, expect, it } from "vitest";
import { languageFor } from "./languageFor.ts";

describe("languageFor", () => {
  it.each([
    ["src/app.ts", "typescript"],
    ["src/App.tsx", "typescript"],
    ["index.js", "javascript"],
    ["Button.jsx", "javascript"],
    ["vite.config.mjs", "javascript"],
    ["eslint.config.cjs", "javascript"],
    ["package.json", "json"],
    ["public/index.html", "html"],
    ["styles.css", "css"],
    ["theme.scss", "scss"],
    ["theme.less", "less"],
    ["README.md", "markdown"],
    ["tools/run.py", "python"],
    ["src/main.rs", "rust"],
    ["cmd/main.go", "go"],
    [".github/workflows/ci.yaml", "yaml"],
    ["docker-compose.yml", "yaml"],
    ["Cargo.toml", "ini"],
    ["scripts/build.sh", "shell"],
    ["db/schema.sql", "sql"],
    ["icon.svg", "xml"],
    ["pom.xml", "xml"],
  ])("knows %s is %s", (path, language) => {
    expect(languageFor(path)).toBe(language);
  });

  it("reads the extension without regard to case", () => {
    expect(languageFor("LEGACY.JS")).toBe("javascript");
    expect(languageFor("Notes.MD")).toBe("markdown");
  });

  it("knows a Dockerfile by its name, wherever it lives", () => {
    expect(languageFor("Dockerfile")).toBe("dockerfile");
    expect(languageFor("services/api/Dockerfile")).toBe("dockerfile");
    expect(languageFor("Dockerfile.dev")).toBe("dockerfile");
    expect(languageFor("deploy/prod.dockerfile")).toBe("dockerfile");
  });

  it("falls back to plain text for unknown, missing and hidden-file extensions", () => {
    expect(languageFor("LICENSE")).toBe("plaintext");
    expect(languageFor("data.bin")).toBe("plaintext");
    expect(languageFor(".env")).toBe("plaintext");
    expect(languageFor(".gitignore")).toBe("plaintext");
    expect(languageFor("src.v2/Makefile")).toBe("plaintext");
  });
});
