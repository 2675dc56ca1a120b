import { describe, expect, it } from "vitest";
import { agentToolSpecs } from "./agentToolSpecs.ts";

describe("agentToolSpecs", () => {
  it("gives the model exactly the twelve tools of the contract, in order", () => {
    expect(agentToolSpecs.map((spec) => spec.name)).toEqual([
      "set_plan",
      "list_files",
      "read_file",
      "search",
      "write_file",
      "edit_file",
      "delete_file",
      "rename_file",
      "run_build",
      "check_preview",
      "deploy",
      "finish",
    ]);
  });

  it("describes every tool and every object as closed, with its required keys listed", () => {
    const required: Record<string, string[]> = {
      set_plan: ["title", "steps"],
      read_file: ["path"],
      search: ["query"],
      write_file: ["path", "content"],
      edit_file: ["path", "edits"],
      delete_file: ["path"],
      rename_file: ["from", "to"],
      finish: ["summary"],
    };
    for (const spec of agentToolSpecs) {
      expect(spec.description.length).toBeGreaterThan(10);
      expect(spec.parameters).toMatchObject({ type: "object", additionalProperties: false });
      expect(spec.parameters.required).toEqual(required[spec.name] ?? []);
      expect(spec.parameters).not.toHaveProperty("$schema");
    }
  });

  it("shows edit_file's arguments with the rules the model must follow", () => {
    const spec = agentToolSpecs.find((tool) => tool.name === "edit_file");
    expect(spec?.description).toContain("exactly once");
    expect(spec?.description).toContain("surrounding lines");
    expect(spec?.parameters).toEqual({
      type: "object",
      properties: {
        path: {
          type: "string",
          description: 'A project file path: relative, POSIX separators, no "." or ".." segments (src/App.tsx).',
        },
        edits: {
          type: "array",
          minItems: 1,
          description:
            "Applied in order, each to the text as the edits before it left it; if one fails, none is applied.",
          items: {
            type: "object",
            properties: {
              find: {
                type: "string",
                minLength: 1,
                description:
                  "Exact text of the file, whitespace and indentation included, that occurs exactly once: include enough surrounding lines to make it unique.",
              },
              replace: { type: "string", description: "The text that takes its place (empty to delete it)." },
            },
            required: ["find", "replace"],
            additionalProperties: false,
          },
        },
      },
      required: ["path", "edits"],
      additionalProperties: false,
    });
  });

  it("states the plan's step limits and write_file's place in the schema the model reads", () => {
    const plan = agentToolSpecs.find((tool) => tool.name === "set_plan");
    expect(plan?.parameters.properties).toMatchObject({ steps: { minItems: 1, maxItems: 20 } });
    const write = agentToolSpecs.find((tool) => tool.name === "write_file");
    expect(write?.description).toContain("new file");
    expect(write?.description).toContain("edit_file");
  });

  it("gives check_preview's page as an optional address", () => {
    const preview = agentToolSpecs.find((tool) => tool.name === "check_preview");
    expect(preview?.parameters).toMatchObject({
      properties: { path: { type: "string", pattern: "^\\/([^/\\s\\\\][^\\s\\\\]*)?$" } },
      required: [],
    });
  });
});
