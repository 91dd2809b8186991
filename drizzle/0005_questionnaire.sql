CREATE TABLE "questionnaire" (
	"id" text NOT NULL,
	"version" integer NOT NULL,
	"catalogue" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_id_version_pk" PRIMARY KEY("id","version")
);
--> statement-breakpoint
CREATE TABLE "questionnaire_anonymous_answer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"questionnaire_id" text NOT NULL,
	"questionnaire_version" integer NOT NULL,
	"submitted_on" date NOT NULL,
	"answers" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questionnaire_field" (
	"response_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" jsonb,
	"version" integer NOT NULL,
	"change_id" bigint NOT NULL,
	"updated_by_user_id" uuid,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_field_response_id_key_pk" PRIMARY KEY("response_id","key")
);
--> statement-breakpoint
CREATE TABLE "questionnaire_field_change" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"response_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" jsonb,
	"version" integer NOT NULL,
	"by_user_id" uuid,
	"by_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questionnaire_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"questionnaire_id" text NOT NULL,
	"questionnaire_version" integer NOT NULL,
	"subject" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by_user_id" uuid,
	"created_by_name" text NOT NULL,
	"editor_user_ids" uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questionnaire_submission" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"response_id" uuid NOT NULL,
	"questionnaire_id" text NOT NULL,
	"questionnaire_version" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by_name" text NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "questionnaire_anonymous_answer" ADD CONSTRAINT "questionnaire_anonymous_answer_questionnaire_fk" FOREIGN KEY ("questionnaire_id","questionnaire_version") REFERENCES "public"."questionnaire"("id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_field" ADD CONSTRAINT "questionnaire_field_response_id_questionnaire_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."questionnaire_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_field_change" ADD CONSTRAINT "questionnaire_field_change_response_id_questionnaire_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."questionnaire_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_response" ADD CONSTRAINT "questionnaire_response_questionnaire_fk" FOREIGN KEY ("questionnaire_id","questionnaire_version") REFERENCES "public"."questionnaire"("id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_submission" ADD CONSTRAINT "questionnaire_submission_response_id_questionnaire_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."questionnaire_response"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_submission" ADD CONSTRAINT "questionnaire_submission_questionnaire_fk" FOREIGN KEY ("questionnaire_id","questionnaire_version") REFERENCES "public"."questionnaire"("id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "questionnaire_anonymous_answer_questionnaire_idx" ON "questionnaire_anonymous_answer" USING btree ("questionnaire_id","questionnaire_version");--> statement-breakpoint
CREATE INDEX "questionnaire_field_change_response_idx" ON "questionnaire_field_change" USING btree ("response_id","id");--> statement-breakpoint
CREATE INDEX "questionnaire_response_created_by_idx" ON "questionnaire_response" USING btree ("created_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_submission_response" ON "questionnaire_submission" USING btree ("response_id");--> statement-breakpoint
-- A published catalogue version is fixed for good (answers were given to exactly these questions); a changed form is
-- a new version. A submission and an anonymous answer are what was sent: inserted, never changed.
CREATE OR REPLACE FUNCTION questionnaire_row_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% kan ikke endres', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER questionnaire_no_change BEFORE UPDATE OR DELETE ON questionnaire FOR EACH ROW EXECUTE FUNCTION questionnaire_row_immutable();
--> statement-breakpoint
CREATE TRIGGER questionnaire_submission_no_change BEFORE UPDATE OR DELETE ON questionnaire_submission FOR EACH ROW EXECUTE FUNCTION questionnaire_row_immutable();
--> statement-breakpoint
-- Anonymous answers may be deleted (a survey's answers removed when they are no longer needed), never changed.
CREATE TRIGGER questionnaire_anonymous_answer_no_change BEFORE UPDATE ON questionnaire_anonymous_answer FOR EACH ROW EXECUTE FUNCTION questionnaire_row_immutable();
