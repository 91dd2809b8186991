ALTER TABLE "behovsmelding" ADD COLUMN "returned_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "behovsmelding" ADD COLUMN "resubmit_until_local" text;--> statement-breakpoint
ALTER TABLE "behovsmelding" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "behovsmelding" ADD COLUMN "withdrawn_by_name" text;