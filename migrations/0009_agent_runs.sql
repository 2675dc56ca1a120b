CREATE TABLE "agent_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"created_by" text,
	"prompt" text NOT NULL,
	"pipeline" text DEFAULT 'build' NOT NULL,
	"model" text DEFAULT 'auto' NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"auto_approve" boolean DEFAULT false NOT NULL,
	"budget_micro_usd" bigint,
	"plan" jsonb,
	"approved_at" timestamp with time zone,
	"instance_id" text,
	"turns" integer DEFAULT 0 NOT NULL,
	"input_tokens" integer DEFAULT 0 NOT NULL,
	"output_tokens" integer DEFAULT 0 NOT NULL,
	"cost_micro_usd" bigint DEFAULT 0 NOT NULL,
	"files_changed" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"inbox" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"deployment_url" text,
	"summary" text,
	"error" text,
	"origin" text DEFAULT '' NOT NULL,
	"parent_run_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "agent_runs_status" CHECK ("agent_runs"."status" IN ('queued', 'planning', 'awaiting_approval', 'running', 'succeeded', 'failed', 'stopped'))
);
--> statement-breakpoint
ALTER TABLE "agent_runs" ADD CONSTRAINT "agent_runs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_runs" ADD CONSTRAINT "agent_runs_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agent_runs_project_created" ON "agent_runs" USING btree ("project_id","created_at");