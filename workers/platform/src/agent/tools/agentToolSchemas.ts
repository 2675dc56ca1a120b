import { validatePath } from "@wove/protocol";
import { z } from "zod";

/**
 * The agent's tools' arguments, as zod schemas: what `parseToolCall` checks a call against
 * and what `agentToolSpecs` renders as the JSON Schema the model is shown, so the contract
 * the model reads and the one the agent enforces cannot drift apart. The field descriptions
 * are the model's documentation: they state the rules it will otherwise learn by failing.
 *
 * Objects are strict (`additionalProperties: false`): a misspelt optional key would
 * otherwise be dropped without a word and the call run without it.
 */

/** A plan longer than this is too fine-grained to be a plan; the model is told to group steps. */
const MAX_PLAN_STEPS = 20;

/** An object with exactly these keys, whose unknown keys are named along with the known ones. */
function args<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return undefined;
      const unknown = issue.keys.map((key) => `"${key}"`).join(", ");
      const takes = known.length ? `the keys are ${known.join(", ")}` : "it takes no arguments";
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${unknown} (${takes})`;
    },
  });
}

const text = (description: string) => z.string().min(1, "must not be empty").describe(description);

/** A project file path under SPEC D3, whose rule a bad path is refused with. */
const filePath = (description: string) =>
  z
    .string()
    .superRefine((path, ctx) => {
      const problem = validatePath(path);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .describe(description);

const PATH = 'A project file path: relative, POSIX separators, no "." or ".." segments (src/App.tsx).';

export const agentToolSchemas = {
  set_plan: args({
    title: text("What the whole change does, in a few words."),
    steps: z
      .array(
        args({
          title: text("One step, as the person will read it in the plan."),
          files: z.array(filePath(PATH)).optional().describe("The files this step will touch, when known."),
        }),
      )
      .min(1, "a plan needs at least one step")
      .max(MAX_PLAN_STEPS, `a plan has at most ${MAX_PLAN_STEPS} steps: group the work into fewer, larger steps`)
      .describe(`1 to ${MAX_PLAN_STEPS} steps, in the order they will be done.`),
  }),
  list_files: args({}),
  read_file: args({ path: filePath(PATH) }),
  search: args({ query: text("Literal text to look for, case-insensitive, line by line (not a regular expression).") }),
  write_file: args({
    path: filePath(PATH),
    content: z.string().describe("The whole new content of the file."),
  }),
  edit_file: args({
    path: filePath(PATH),
    edits: z
      .array(
        args({
          find: z
            .string()
            .min(1, "must not be empty: give the exact text to replace")
            .describe(
              "Exact text of the file, whitespace and indentation included, that occurs exactly once: include enough surrounding lines to make it unique.",
            ),
          replace: z.string().describe("The text that takes its place (empty to delete it)."),
        }),
      )
      .min(1, "must not be empty: give at least one {find, replace}")
      .describe("Applied in order, each to the text as the edits before it left it; if one fails, none is applied."),
  }),
  delete_file: args({ path: filePath(PATH) }),
  rename_file: args({
    from: filePath("The file's path now. " + PATH),
    to: filePath("Its new path. " + PATH),
  }).refine((call) => call.from !== call.to, {
    message: "from and to are the same path",
    path: ["to"],
  }),
  run_build: args({}),
  check_preview: args({
    path: z
      .string()
      .regex(
        // No lookahead: vendors check the pattern in their own regex dialects.
        /^\/([^/\s\\][^\s\\]*)?$/,
        'must be the page\'s address in the preview, starting with "/" ("/" or "/about?tab=2"), without spaces',
      )
      .max(2048, "must be at most 2048 characters")
      .optional()
      .describe('The page to open, as its address in the preview ("/about"); "/" when absent.'),
  }),
  deploy: args({}),
  finish: args({ summary: text("What changed and anything the person should check, in a few sentences.") }),
};
