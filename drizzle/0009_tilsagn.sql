CREATE TABLE "klage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vedtak_id" uuid NOT NULL,
	"received_on_local" text NOT NULL,
	"from_name" text NOT NULL,
	"summary" text NOT NULL,
	"registered_by_name" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state" text DEFAULT 'registrert' NOT NULL,
	"reasons" text,
	"new_vedtak_id" uuid,
	"forwarded_at" timestamp with time zone,
	"forwarded_to" text,
	"outcome" text,
	"outcome_text" text,
	"decided_at" timestamp with time zone,
	"decided_by_name" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_template" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" text NOT NULL,
	"scheme_id" text NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"sections" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"updated_by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recipient_profile" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"receipt" text DEFAULT 'utbetaling' NOT NULL,
	"written_standard" text DEFAULT 'noytral' NOT NULL,
	"sami_language" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tilsagn_setting" (
	"office_id" text PRIMARY KEY NOT NULL,
	"written_standard" text DEFAULT 'bokmal' NOT NULL,
	"appeal_body" text DEFAULT 'Utdanningsdirektoratet' NOT NULL,
	"acceptance_days" integer DEFAULT 21 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vedtak" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amends_id" uuid,
	"reasons" text DEFAULT '' NOT NULL,
	"deviation_reason" text,
	"prepared_by_user_id" uuid,
	"prepared_by_name" text NOT NULL,
	"prepared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"document_number" text,
	"archive_number" text,
	"language" text,
	"sami_language" text,
	"issued_at" timestamp with time zone,
	"acceptance_due_local" text,
	"accepted_at" timestamp with time zone,
	"accepted_by_user_id" uuid,
	"accepted_by_name" text,
	"superseded_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vedtak_batch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"office_id" text NOT NULL,
	"kind" text DEFAULT 'vedtak' NOT NULL,
	"state" text DEFAULT 'utkast' NOT NULL,
	"report_due_local" text,
	"submitted_at" timestamp with time zone,
	"submitted_by_user_id" uuid,
	"submitted_by_name" text,
	"approved_at" timestamp with time zone,
	"approved_by_user_id" uuid,
	"approved_by_name" text,
	"return_message" text,
	"issued_at" timestamp with time zone,
	"issued_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vedtak_letter" (
	"vedtak_id" uuid NOT NULL,
	"language" text NOT NULL,
	"state" text DEFAULT 'venter' NOT NULL,
	"pdf_key" text,
	"docx_key" text,
	"rendered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vedtak_letter_vedtak_id_language_pk" PRIMARY KEY("vedtak_id","language")
);
--> statement-breakpoint
CREATE TABLE "vedtak_line" (
	"vedtak_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"recipient" text NOT NULL,
	"recipient_org_id" uuid NOT NULL,
	"amount_kr" bigint NOT NULL,
	"conditional" boolean DEFAULT false NOT NULL,
	CONSTRAINT "vedtak_line_vedtak_id_year_recipient_recipient_org_id_pk" PRIMARY KEY("vedtak_id","year","recipient","recipient_org_id")
);
--> statement-breakpoint
ALTER TABLE "klage" ADD CONSTRAINT "klage_vedtak_id_vedtak_id_fk" FOREIGN KEY ("vedtak_id") REFERENCES "public"."vedtak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klage" ADD CONSTRAINT "klage_new_vedtak_id_vedtak_id_fk" FOREIGN KEY ("new_vedtak_id") REFERENCES "public"."vedtak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_template" ADD CONSTRAINT "letter_template_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_template" ADD CONSTRAINT "letter_template_scheme_id_scheme_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."scheme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_profile" ADD CONSTRAINT "recipient_profile_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tilsagn_setting" ADD CONSTRAINT "tilsagn_setting_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_batch_id_vedtak_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."vedtak_batch"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_round_id_behovsmelding_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."behovsmelding_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_application_id_behovsmelding_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."behovsmelding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_prepared_by_user_id_app_user_id_fk" FOREIGN KEY ("prepared_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak" ADD CONSTRAINT "vedtak_accepted_by_user_id_app_user_id_fk" FOREIGN KEY ("accepted_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak_batch" ADD CONSTRAINT "vedtak_batch_round_id_behovsmelding_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."behovsmelding_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak_batch" ADD CONSTRAINT "vedtak_batch_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak_batch" ADD CONSTRAINT "vedtak_batch_submitted_by_user_id_app_user_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak_batch" ADD CONSTRAINT "vedtak_batch_approved_by_user_id_app_user_id_fk" FOREIGN KEY ("approved_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak_letter" ADD CONSTRAINT "vedtak_letter_vedtak_id_vedtak_id_fk" FOREIGN KEY ("vedtak_id") REFERENCES "public"."vedtak"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak_line" ADD CONSTRAINT "vedtak_line_vedtak_id_vedtak_id_fk" FOREIGN KEY ("vedtak_id") REFERENCES "public"."vedtak"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vedtak_line" ADD CONSTRAINT "vedtak_line_recipient_org_id_organisation_id_fk" FOREIGN KEY ("recipient_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "klage_vedtak_idx" ON "klage" USING btree ("vedtak_id");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_template_key" ON "letter_template" USING btree ("office_id","scheme_id","kind","language");--> statement-breakpoint
CREATE INDEX "vedtak_batch_idx" ON "vedtak" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "vedtak_application_idx" ON "vedtak" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vedtak_first_per_application" ON "vedtak" USING btree ("application_id") WHERE "vedtak"."amends_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "vedtak_document_number" ON "vedtak" USING btree ("document_number") WHERE "vedtak"."document_number" is not null;--> statement-breakpoint
CREATE INDEX "vedtak_batch_round_idx" ON "vedtak_batch" USING btree ("round_id");--> statement-breakpoint
UPDATE "scheme" SET "rules" = "rules" || '{"budgetChapterPost": "Kap. 226 post 21 og kap. 231 post 21", "grantRules": "Retningslinjer for tilskudd til Kompetanseløftet for spesialpedagogikk og inkluderende praksis"}'::jsonb WHERE "id" = 'kompetanseloftet' AND NOT ("rules" ? 'budgetChapterPost');
--> statement-breakpoint
UPDATE "scheme" SET "rules" = "rules" || '{"budgetChapterPost": "Kap. 226 post 21", "grantRules": "Forskrift om tilskudd til desentralisert ordning for kompetanseutvikling i skolen"}'::jsonb WHERE "id" = 'dekomp' AND NOT ("rules" ? 'budgetChapterPost');
--> statement-breakpoint
UPDATE "scheme" SET "rules" = "rules" || '{"budgetChapterPost": "Kap. 231 post 21", "grantRules": "Retningslinjer for tilskudd til regional ordning for kompetanseutvikling i barnehagen"}'::jsonb WHERE "id" = 'rekomp' AND NOT ("rules" ? 'budgetChapterPost');
