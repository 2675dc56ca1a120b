import type { ToolCall } from "@wove/ai";
import type { AgentPlan } from "@wove/protocol";
import type { Bindings } from "../AppEnv.ts";
import type { AgentRun } from "./AgentRun.ts";
import { buildProject } from "./buildProject.ts";
import { checkPreview } from "./checkPreview.ts";
import { deployForAgent } from "./deployForAgent.ts";
import { fixBuildErrors } from "./tools/fixBuildErrors.ts";
import { parseToolCall } from "./tools/parseToolCall.ts";
import { formatMatches, searchFiles } from "./tools/searchFiles.ts";

/** Largest text file the agent may write, in UTF-8 bytes (the editor's own limit is higher). */
export const AGENT_MAX_FILE_BYTES = 512 * 1024;
/** A file read is cut here; the model is told, and can search instead. */
const READ_LIMIT_CHARS = 100_000;

/** What one call did, beyond the text the model reads. */
export interface ToolOutcome {
  content: string;
  isError: boolean;
  plan?: AgentPlan;
  wrote?: string[];
  build?: { ok: boolean; error?: string };
  preview?: { status: number; error?: string };
  finish?: string;
  deploymentUrl?: string;
  /** Build errors fixed without the model. */
  fixed?: number;
}

export interface ToolContext {
  env: Bindings;
  run: AgentRun;
  /** Whether the person who started the run may deploy this project now. */
  mayDeploy: () => Promise<boolean>;
}

/**
 * Runs one tool call of the model. Every failure is an answer the model reads (isError), never
 * a throw: bad arguments, a `find` that does not match once, a path D3 refuses, a build that
 * fails. File operations go through the room once per call id (AgentLedger), so a repeated
 * Workflow step never edits twice.
 */
export async function executeAgentTool(ctx: ToolContext, call: ToolCall): Promise<ToolOutcome> {
  const parsed = parseToolCall(call, { maxFileBytes: AGENT_MAX_FILE_BYTES });
  const { run } = ctx;
  if (!parsed.ok) {
    run.log("error", `${call.name}: ${firstLine(parsed.error)}`);
    // What it streamed into the room before its arguments turned out bad is taken back.
    if (call.name === "write_file") await run.room.agentDropStream(run.row.id, call.id);
    return { content: parsed.error, isError: true };
  }
  const { tool } = parsed;
  const room = run.room;
  const runId = run.row.id;
  switch (tool.name) {
    case "set_plan": {
      const plan: AgentPlan = {
        title: tool.args.title,
        steps: tool.args.steps.map((step) => ({ title: step.title, files: step.files ?? [], status: "pending" })),
      };
      run.log("info", `planned "${plan.title}" in ${plan.steps.length} steps`);
      return { content: "Plan recorded.", isError: false, plan };
    }
    case "list_files": {
      const files = await room.listFiles();
      run.log("read", `listing ${files.length} files`);
      const lines = files.map((file) => `${file.path} (${file.size} bytes${file.kind === "blob" ? ", binary" : ""})`);
      return { content: lines.join("\n") || "The project has no files yet.", isError: false };
    }
    case "read_file": {
      const [file] = await room.readTextFiles([tool.args.path]);
      run.log("read", `reading ${tool.args.path}`);
      if (!file) return { content: `No text file at ${tool.args.path}: list_files shows what exists`, isError: true };
      const cut = file.text.length > READ_LIMIT_CHARS;
      const text = cut
        ? `${file.text.slice(0, READ_LIMIT_CHARS)}\n[cut at ${READ_LIMIT_CHARS} characters: use search]`
        : file.text;
      return { content: text, isError: false };
    }
    case "search": {
      const paths = (await room.listFiles()).filter((file) => file.kind === "text").map((file) => file.path);
      const result = searchFiles(await room.readTextFiles(paths), tool.args.query, { limit: 50 });
      run.log("read", `searching for "${tool.args.query}" (${result.matches.length} matches)`);
      return { content: formatMatches(result) || "No matches.", isError: false };
    }
    case "write_file":
    case "edit_file":
    case "delete_file":
    case "rename_file": {
      const op =
        tool.name === "write_file"
          ? ({ kind: "write", path: tool.args.path, content: tool.args.content } as const)
          : tool.name === "edit_file"
            ? ({ kind: "edit", path: tool.args.path, edits: tool.args.edits } as const)
            : tool.name === "delete_file"
              ? ({ kind: "delete", path: tool.args.path } as const)
              : ({ kind: "rename", from: tool.args.from, to: tool.args.to } as const);
      const result = await room.agentApply(runId, call.id, op, run.startedBy.name);
      run.log(result.ok ? "edit" : "error", result.ok ? result.message : `${tool.name}: ${firstLine(result.message)}`);
      return { content: result.message, isError: !result.ok, ...(result.ok ? { wrote: result.paths } : {}) };
    }
    case "run_build":
      return runBuild(ctx, call.id);
    case "check_preview":
      return checkPreviewTool(ctx, call.id, tool.args.path ?? "/");
    case "deploy": {
      if (!(await ctx.mayDeploy())) {
        run.log("error", "deploy refused: the person who started the run may not deploy this project");
        return {
          content: "You may not deploy this project: the person who started this run lacks the right. Finish instead.",
          isError: true,
        };
      }
      const deployed = await deployForAgent(ctx.env, run, call.id);
      run.log("info", `deploy ${deployed.status}${deployed.url ? `: ${deployed.url}` : ""}`);
      const ok = deployed.status === "live";
      return {
        content: ok
          ? `Deployed: live at ${deployed.url}`
          : `Deploy ${deployed.status}:\n${deployed.log.slice(-8).join("\n")}`,
        isError: !ok,
        ...(ok ? { deploymentUrl: deployed.url } : {}),
      };
    }
    case "finish":
      return { content: "Finishing.", isError: false, finish: tool.args.summary };
  }
}

/**
 * `run_build`, with the cheap deterministic fixes first (a wrong extension in an import, a
 * missing React import, and the like): what they fix never costs a model call, and the run's
 * log counts it. What remains goes back to the model as `file:line:column message`.
 */
async function runBuild(ctx: ToolContext, callId: string): Promise<ToolOutcome> {
  const { env, run } = ctx;
  let built = await buildProject(env, run.row.projectId);
  let fixed = 0;
  for (let round = 0; !built.ok && round < 2; round++) {
    const applied = await applyFixes(run, `${callId}:fix:${round}`, built.errors);
    if (applied === 0) break;
    fixed += applied;
    built = await buildProject(env, run.row.projectId);
  }
  if (built.ok) {
    run.log("build", "build ok");
    return { content: `Build ok.\n${built.log.slice(-6).join("\n")}`, isError: false, build: { ok: true }, fixed };
  }
  const errors = built.errors.join("\n");
  run.log("build", `build failed: ${firstLine(built.errors[0] ?? "")}`);
  return { content: `Build failed:\n${errors}`, isError: true, build: { ok: false, error: errors }, fixed };
}

/**
 * `check_preview`: the build run in the deploys' sandbox. Runtime errors the fixers know (a
 * React hook used without its import) are fixed once without the model, then checked again.
 */
async function checkPreviewTool(ctx: ToolContext, callId: string, path: string): Promise<ToolOutcome> {
  const { env, run } = ctx;
  let fixed = 0;
  for (let round = 0; ; round++) {
    const built = await buildProject(env, run.row.projectId);
    if (!built.ok) {
      run.log("preview", "preview not checked: the build fails");
      const error = built.errors.join("\n");
      return {
        content: `The build fails, so there is nothing to preview:\n${error}`,
        isError: true,
        build: { ok: false, error },
        fixed,
      };
    }
    const check = await checkPreview(env, built.build, path);
    const ok = check.status >= 200 && check.status < 300 && check.errors.length === 0;
    if (!ok && round === 0) {
      const applied = await applyFixes(run, `${callId}:fix`, check.errors);
      if (applied > 0) {
        fixed += applied;
        continue;
      }
    }
    run.log(
      "preview",
      `preview ${path}: ${check.status}${check.errors.length ? `, ${check.errors.length} error(s)` : ""}`,
    );
    const content = [
      `HTTP ${check.status}`,
      check.errors.length ? `Errors:\n${check.errors.join("\n")}` : "No console errors or uncaught exceptions.",
      `Body (first 2 kB):\n${check.body}`,
    ].join("\n\n");
    const error = ok ? {} : { error: check.errors[0] ?? `HTTP ${check.status}` };
    return { content, isError: !ok, preview: { status: check.status, ...error }, fixed };
  }
}

/** Applies the deterministic fixes for `errors` as the agent's edits; answers how many applied. */
async function applyFixes(run: AgentRun, callId: string, errors: readonly string[]): Promise<number> {
  const paths = (await run.room.listFiles()).filter((file) => file.kind === "text").map((file) => file.path);
  const texts = new Map((await run.room.readTextFiles(paths)).map((file) => [file.path, file.text]));
  let applied = 0;
  for (const [index, fix] of fixBuildErrors(errors, texts).fixes.entries()) {
    const result = await run.room.agentApply(
      run.row.id,
      `${callId}:${index}`,
      { kind: "edit", path: fix.path, edits: fix.edits },
      run.startedBy.name,
    );
    if (!result.ok) continue;
    applied++;
    run.log("fix", `fixed without the model: ${fix.reason}`);
  }
  return applied;
}

const firstLine = (text: string) => text.split("\n", 1)[0] ?? "";
