CREATE TABLE "site_name_holds" (
	"name" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"held_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "site_name_holds" ADD CONSTRAINT "site_name_holds_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;