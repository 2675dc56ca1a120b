import { VISIBILITIES } from "@wove/db";
import { z } from "zod";
import { displayName } from "../projects/schemas.ts";

const prompt = z.string().trim().min(1, "Describe what to build").max(20_000, "At most 20,000 characters");

const runOptions = {
  prompt,
  /** More pipelines join later (issue 19); each is a parameter of the same runtime. */
  pipeline: z.enum(["build"], { message: 'The pipeline is "build"' }).default("build"),
  model: z
    .string()
    .trim()
    .regex(/^(auto|[a-z]+:[\w.:-]+)$/, 'The model is "auto" or "<provider>:<model>"')
    .default("auto"),
  budgetUsd: z.number().positive("The budget is more than $0").max(1_000).optional(),
  autoApprove: z.boolean().optional(),
};

export const createAgentRunSchema = z.strictObject({
  ...runOptions,
  /** A finished run of the same project this one follows up, continuing its conversation. */
  followUp: z.string().min(1).max(100).optional(),
});

export const createAgentProjectSchema = z.strictObject({
  ...runOptions,
  name: displayName(100).optional(),
  visibility: z.enum(VISIBILITIES).default("private"),
});

const path = z.string().min(1).max(1_024);
export const planSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  steps: z
    .array(z.strictObject({ title: z.string().trim().min(1).max(500), files: z.array(path).max(50).optional() }))
    .min(1, "A plan has at least one step")
    .max(20, "A plan has at most 20 steps"),
});

export const approveAgentRunSchema = z.strictObject({ plan: planSchema.optional() });
export const resumeAgentRunSchema = z.strictObject({ budgetUsd: z.number().positive().max(1_000).optional() });
export const messageAgentRunSchema = z.strictObject({ text: z.string().trim().min(1).max(4_000) });
