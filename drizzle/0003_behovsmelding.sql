CREATE TABLE "behovsmelding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"partnership_id" uuid NOT NULL,
	"county_number" text NOT NULL,
	"status" text DEFAULT 'utkast' NOT NULL,
	"previous_id" uuid,
	"document_number" text,
	"submitted_at" timestamp with time zone,
	"submitted_by_name" text,
	"on_extension" boolean DEFAULT false NOT NULL,
	"returned_at" timestamp with time zone,
	"return_message" text,
	"returned_by_name" text,
	"return_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "behovsmelding_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"file_key" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by_name" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "behovsmelding_extension" (
	"round_id" uuid NOT NULL,
	"partnership_id" uuid NOT NULL,
	"until_local" text NOT NULL,
	"reason" text NOT NULL,
	"granted_by_name" text NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "behovsmelding_extension_round_id_partnership_id_pk" PRIMARY KEY("round_id","partnership_id")
);
--> statement-breakpoint
CREATE TABLE "behovsmelding_field" (
	"application_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" jsonb,
	"version" integer NOT NULL,
	"change_id" bigint NOT NULL,
	"updated_by_user_id" uuid,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "behovsmelding_field_application_id_key_pk" PRIMARY KEY("application_id","key")
);
--> statement-breakpoint
CREATE TABLE "behovsmelding_field_change" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" jsonb,
	"version" integer NOT NULL,
	"by_user_id" uuid,
	"by_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "behovsmelding_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" text NOT NULL,
	"scheme_id" text NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"opens_at_local" text NOT NULL,
	"deadline_local" text NOT NULL,
	"budget_frame_kr" bigint,
	"guidance" text,
	"long_term_plan_url" text,
	"coordinator_allowed" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "behovsmelding_round_case" (
	"round_id" uuid NOT NULL,
	"county_number" text NOT NULL,
	"case_number" text NOT NULL,
	CONSTRAINT "behovsmelding_round_case_round_id_county_number_pk" PRIMARY KEY("round_id","county_number")
);
--> statement-breakpoint
CREATE TABLE "behovsmelding_submission" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"document_number" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by_name" text NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "behovsmelding" ADD CONSTRAINT "behovsmelding_round_id_behovsmelding_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."behovsmelding_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behovsmelding" ADD CONSTRAINT "behovsmelding_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behovsmelding_attachment" ADD CONSTRAINT "behovsmelding_attachment_application_id_behovsmelding_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."behovsmelding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behovsmelding_extension" ADD CONSTRAINT "behovsmelding_extension_round_id_behovsmelding_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."behovsmelding_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behovsmelding_extension" ADD CONSTRAINT "behovsmelding_extension_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behovsmelding_field" ADD CONSTRAINT "behovsmelding_field_application_id_behovsmelding_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."behovsmelding"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behovsmelding_field_change" ADD CONSTRAINT "behovsmelding_field_change_application_id_behovsmelding_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."behovsmelding"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behovsmelding_round" ADD CONSTRAINT "behovsmelding_round_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behovsmelding_round" ADD CONSTRAINT "behovsmelding_round_scheme_id_scheme_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."scheme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behovsmelding_round_case" ADD CONSTRAINT "behovsmelding_round_case_round_id_behovsmelding_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."behovsmelding_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "behovsmelding_submission" ADD CONSTRAINT "behovsmelding_submission_application_id_behovsmelding_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."behovsmelding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "behovsmelding_round_partnership" ON "behovsmelding" USING btree ("round_id","partnership_id");--> statement-breakpoint
CREATE INDEX "behovsmelding_partnership_idx" ON "behovsmelding" USING btree ("partnership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "behovsmelding_document_number" ON "behovsmelding" USING btree ("document_number") WHERE "behovsmelding"."document_number" is not null;--> statement-breakpoint
CREATE INDEX "behovsmelding_attachment_app_idx" ON "behovsmelding_attachment" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "behovsmelding_field_change_app_idx" ON "behovsmelding_field_change" USING btree ("application_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "behovsmelding_round_office_scheme_year" ON "behovsmelding_round" USING btree ("office_id","scheme_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "behovsmelding_round_case_number" ON "behovsmelding_round_case" USING btree ("case_number");--> statement-breakpoint
CREATE UNIQUE INDEX "behovsmelding_submission_seq" ON "behovsmelding_submission" USING btree ("application_id","sequence");--> statement-breakpoint
-- A submission is the frozen record of what was sent: it may be inserted, never changed or removed.
CREATE OR REPLACE FUNCTION behovsmelding_submission_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'behovsmelding_submission kan ikke endres eller slettes';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER behovsmelding_submission_no_change BEFORE UPDATE OR DELETE ON behovsmelding_submission FOR EACH ROW EXECUTE FUNCTION behovsmelding_submission_immutable();
