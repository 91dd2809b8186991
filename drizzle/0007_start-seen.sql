ALTER TABLE "app_user" ADD COLUMN "start_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "start_seen_before" timestamp with time zone;