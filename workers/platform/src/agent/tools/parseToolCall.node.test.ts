import type { ToolCall } from "@wove/ai";
import { describe, expect, it } from "vitest";
import { parseToolCall } from "./parseToolCall.ts";

const limits = { maxFileBytes: 1024 };
const call = (name: string, args: unknown): ToolCall => ({ id: "call_1", name, arguments: args });
const parse = (name: string, args: unknown) => parseToolCall(call(name, args), limits);

describe("parseToolCall", () => {
  it("types a valid call by its tool's name", () => {
    const parsed = parse("edit_file", {
      path: "src/App.tsx",
      edits: [{ find: "useState(0)", replace: "useState(1)" }],
    });
    expect(parsed).toEqual({
      ok: true,
      tool: {
        name: "edit_file",
        args: { path: "src/App.tsx", edits: [{ find: "useState(0)", replace: "useState(1)" }] },
      },
    });
    // The union narrows by name: edits is only there for edit_file.
    if (parsed.ok && parsed.tool.name === "edit_file") expect(parsed.tool.args.edits).toHaveLength(1);
  });

  it("accepts each tool's arguments as the contract gives them", () => {
    const valid: [string, unknown][] = [
      ["set_plan", { title: "Add a counter", steps: [{ title: "Write the component", files: ["src/Counter.tsx"] }] }],
      ["list_files", {}],
      ["read_file", { path: "src/App.tsx" }],
      ["search", { query: "useState" }],
      ["write_file", { path: "src/Counter.tsx", content: "" }],
      ["delete_file", { path: "src/old.ts" }],
      ["rename_file", { from: "src/a.ts", to: "src/lib/a.ts" }],
      ["run_build", {}],
      ["check_preview", { path: "/about?tab=2" }],
      ["check_preview", {}],
      ["deploy", {}],
      ["finish", { summary: "Added a counter to the home page." }],
    ];
    for (const [name, args] of valid) expect(parse(name, args)).toEqual({ ok: true, tool: { name, args } });
  });

  it("takes a call without arguments as an empty object", () => {
    expect(parse("run_build", undefined)).toEqual({ ok: true, tool: { name: "run_build", args: {} } });
    expect(parse("list_files", null)).toEqual({ ok: true, tool: { name: "list_files", args: {} } });
  });

  it("takes arguments a model encoded as JSON twice", () => {
    expect(parse("read_file", '{"path":"src/App.tsx"}')).toEqual({
      ok: true,
      tool: { name: "read_file", args: { path: "src/App.tsx" } },
    });
  });

  it("names the known tools when the model calls one that does not exist", () => {
    expect(parse("read_files", { path: "src/App.tsx" })).toEqual({
      ok: false,
      error:
        'There is no tool "read_files". The tools are: set_plan, list_files, read_file, search, write_file, ' +
        "edit_file, delete_file, rename_file, run_build, check_preview, deploy, finish.",
    });
    // Not a property of every object, either.
    expect(parse("toString", {}).ok).toBe(false);
  });

  it("says arguments were not JSON and shows how they began, cut at 200 characters", () => {
    const raw = `{"path": "src/App.tsx", "content": "${"x".repeat(300)}`;
    expect(parse("write_file", raw)).toEqual({
      ok: false,
      error: `The arguments for write_file were not valid JSON, so it did not run. They began: ${raw.slice(0, 200)}…\nSend them again as one JSON object.`,
    });
    expect(parse("edit_file", '{"path": "src/App.tsx", "edits": [')).toEqual({
      ok: false,
      error:
        'The arguments for edit_file were not valid JSON, so it did not run. They began: {"path": "src/App.tsx", "edits": [\n' +
        "Send them again as one JSON object.",
    });
  });

  it("refuses arguments that are JSON but not an object", () => {
    expect(parse("finish", ["done"])).toEqual({
      ok: false,
      error: 'The arguments for finish must be a JSON object, not ["done"].',
    });
  });

  it("words each schema violation with where it is", () => {
    expect(parse("edit_file", { path: "src/App.tsx", edits: [{ find: "a", replace: "b" }, { replace: "c" }] })).toEqual(
      {
        ok: false,
        error:
          "The arguments for edit_file were refused, so it did not run: edits[1].find: required. Correct them and call edit_file again.",
      },
    );
    expect(parse("search", { query: 5 })).toEqual({
      ok: false,
      error:
        "The arguments for search were refused, so it did not run: query: expected a string, got a number. Correct them and call search again.",
    });
  });

  it("names unknown keys along with the ones the tool takes", () => {
    expect(parse("write_file", { path: "src/a.ts", contents: "x" })).toEqual({
      ok: false,
      error:
        'The arguments for write_file were refused, so it did not run: content: required; unknown key "contents" (the keys are path, content). ' +
        "Correct them and call write_file again.",
    });
    expect(parse("deploy", { confirm: true })).toEqual({
      ok: false,
      error:
        'The arguments for deploy were refused, so it did not run: unknown key "confirm" (it takes no arguments). Correct them and call deploy again.',
    });
  });

  it("refuses paths that break SPEC D3 with validatePath's reason", () => {
    expect(parse("read_file", { path: "/src/App.tsx" })).toEqual({
      ok: false,
      error:
        "The arguments for read_file were refused, so it did not run: path: The path must be relative (no leading /). Correct them and call read_file again.",
    });
    expect(parse("rename_file", { from: "src/a.ts", to: "src/../../a.ts" })).toEqual({
      ok: false,
      error:
        'The arguments for rename_file were refused, so it did not run: to: The path may not contain "..". Correct them and call rename_file again.',
    });
    expect(parse("set_plan", { title: "Split", steps: [{ title: "Move", files: ["src\\a.ts"] }] })).toEqual({
      ok: false,
      error:
        'The arguments for set_plan were refused, so it did not run: steps[0].files[0]: "src\\a.ts" contains a character that is not allowed ' +
        '(\\ : * ? " < > | or a control character). Correct them and call set_plan again.',
    });
  });

  it("refuses content over the file size limit, counted in UTF-8 bytes", () => {
    // 512 characters, 1024 bytes: at the limit.
    expect(parse("write_file", { path: "src/a.ts", content: "é".repeat(512) }).ok).toBe(true);
    expect(parse("write_file", { path: "src/a.ts", content: `${"é".repeat(512)}!` })).toEqual({
      ok: false,
      error:
        "write_file refused src/a.ts: its content is 1025 bytes (UTF-8) and a file may be at most 1024 bytes. Split it into smaller files.",
    });
  });

  it("refuses an empty edits list and an empty find", () => {
    expect(parse("edit_file", { path: "src/App.tsx", edits: [] })).toEqual({
      ok: false,
      error:
        "The arguments for edit_file were refused, so it did not run: edits: must not be empty: give at least one {find, replace}. " +
        "Correct them and call edit_file again.",
    });
    expect(parse("edit_file", { path: "src/App.tsx", edits: [{ find: "", replace: "x" }] })).toEqual({
      ok: false,
      error:
        "The arguments for edit_file were refused, so it did not run: edits[0].find: must not be empty: give the exact text to replace. " +
        "Correct them and call edit_file again.",
    });
  });

  it("refuses a plan of no steps or of more than 20", () => {
    expect(parse("set_plan", { title: "Nothing", steps: [] })).toEqual({
      ok: false,
      error:
        "The arguments for set_plan were refused, so it did not run: steps: a plan needs at least one step. Correct them and call set_plan again.",
    });
    const steps = (count: number) => Array.from({ length: count }, (_, index) => ({ title: `Step ${index + 1}` }));
    expect(parse("set_plan", { title: "Everything", steps: steps(20) }).ok).toBe(true);
    expect(parse("set_plan", { title: "Everything", steps: steps(21) })).toEqual({
      ok: false,
      error:
        "The arguments for set_plan were refused, so it did not run: steps: a plan has at most 20 steps: group the work into fewer, larger steps. " +
        "Correct them and call set_plan again.",
    });
  });

  it("refuses a rename to the same path and a preview path that is not a page address", () => {
    expect(parse("rename_file", { from: "src/a.ts", to: "src/a.ts" })).toMatchObject({
      ok: false,
      error: expect.stringContaining("to: from and to are the same path") as unknown,
    });
    for (const path of ["about", "//evil.example", "/a page"]) {
      expect(parse("check_preview", { path })).toMatchObject({
        ok: false,
        error: expect.stringContaining(
          'path: must be the page\'s address in the preview, starting with "/"',
        ) as unknown,
      });
    }
  });
});
