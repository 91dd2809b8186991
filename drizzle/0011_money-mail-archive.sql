CREATE TABLE "account_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"old_kontonr" text,
	"new_kontonr" text,
	"changed_by_user_id" uuid,
	"changed_by_name" text NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state" text DEFAULT 'venter' NOT NULL,
	"decided_by_user_id" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_batch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" text NOT NULL,
	"round_id" uuid NOT NULL,
	"state" text DEFAULT 'utkast' NOT NULL,
	"prepared_by_user_id" uuid,
	"prepared_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by_user_id" uuid,
	"submitted_by_name" text,
	"approved_at" timestamp with time zone,
	"approved_by_user_id" uuid,
	"approved_by_name" text,
	"return_message" text,
	"exported_at" timestamp with time zone,
	"exported_by_name" text,
	"paid_on_local" text,
	"paid_marked_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_batch_item" (
	"batch_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"amount_kr" bigint NOT NULL,
	"kontonr" text,
	CONSTRAINT "payment_batch_item_batch_id_line_id_pk" PRIMARY KEY("batch_id","line_id")
);
--> statement-breakpoint
CREATE TABLE "payment_line" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" text NOT NULL,
	"round_id" uuid NOT NULL,
	"vedtak_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"recipient" text NOT NULL,
	"recipient_org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_kr" bigint NOT NULL,
	"offset_kr" bigint DEFAULT 0 NOT NULL,
	"kontonr" text,
	"kontonr_differs" boolean DEFAULT false NOT NULL,
	"application_kontonr" text,
	"approved_at" timestamp with time zone,
	"approved_by_user_id" uuid,
	"approved_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unused_funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" text NOT NULL,
	"vedtak_id" uuid NOT NULL,
	"partnership_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"recipient" text NOT NULL,
	"recipient_org_id" uuid NOT NULL,
	"amount_kr" bigint NOT NULL,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"registered_by_name" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state" text DEFAULT 'registrert' NOT NULL,
	"reason" text,
	"decided_by_user_id" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"target_year" integer,
	"offset_line_id" uuid,
	"claim_document_number" text,
	"claim_due_local" text,
	"claim_kontonr" text,
	"claim_language" text,
	"claim_pdf_key" text,
	"claim_docx_key" text,
	"received_on_local" text,
	"received_kr" bigint,
	"received_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "utbetaling_setting" (
	"office_id" text PRIMARY KEY NOT NULL,
	"repayment_kontonr" text,
	"repayment_days" integer DEFAULT 30 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notice_sent" (
	"kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"occasion" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_sent_kind_subject_id_occasion_pk" PRIMARY KEY("kind","subject_id","occasion")
);
--> statement-breakpoint
CREATE TABLE "archive_reference" (
	"document_kind" text NOT NULL,
	"document_id" text NOT NULL,
	"archive_number" text NOT NULL,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "archive_reference_document_kind_document_id_pk" PRIMARY KEY("document_kind","document_id")
);
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "language" text DEFAULT 'nb' NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "link" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "failed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "eml_file" text;--> statement-breakpoint
ALTER TABLE "behovsmelding_round" ADD COLUMN "reminder_days_before" jsonb DEFAULT '[14,3]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "account_change" ADD CONSTRAINT "account_change_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_change" ADD CONSTRAINT "account_change_changed_by_user_id_app_user_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_change" ADD CONSTRAINT "account_change_decided_by_user_id_app_user_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batch" ADD CONSTRAINT "payment_batch_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batch" ADD CONSTRAINT "payment_batch_round_id_behovsmelding_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."behovsmelding_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batch" ADD CONSTRAINT "payment_batch_prepared_by_user_id_app_user_id_fk" FOREIGN KEY ("prepared_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batch" ADD CONSTRAINT "payment_batch_submitted_by_user_id_app_user_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batch" ADD CONSTRAINT "payment_batch_approved_by_user_id_app_user_id_fk" FOREIGN KEY ("approved_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batch_item" ADD CONSTRAINT "payment_batch_item_batch_id_payment_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payment_batch"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batch_item" ADD CONSTRAINT "payment_batch_item_line_id_payment_line_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."payment_line"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_round_id_behovsmelding_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."behovsmelding_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_vedtak_id_vedtak_id_fk" FOREIGN KEY ("vedtak_id") REFERENCES "public"."vedtak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_recipient_org_id_organisation_id_fk" FOREIGN KEY ("recipient_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_line" ADD CONSTRAINT "payment_line_approved_by_user_id_app_user_id_fk" FOREIGN KEY ("approved_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unused_funds" ADD CONSTRAINT "unused_funds_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unused_funds" ADD CONSTRAINT "unused_funds_vedtak_id_vedtak_id_fk" FOREIGN KEY ("vedtak_id") REFERENCES "public"."vedtak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unused_funds" ADD CONSTRAINT "unused_funds_partnership_id_partnership_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnership"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unused_funds" ADD CONSTRAINT "unused_funds_recipient_org_id_organisation_id_fk" FOREIGN KEY ("recipient_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unused_funds" ADD CONSTRAINT "unused_funds_decided_by_user_id_app_user_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unused_funds" ADD CONSTRAINT "unused_funds_offset_line_id_payment_line_id_fk" FOREIGN KEY ("offset_line_id") REFERENCES "public"."payment_line"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "utbetaling_setting" ADD CONSTRAINT "utbetaling_setting_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_change_org_idx" ON "account_change" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "payment_batch_round_idx" ON "payment_batch" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "payment_batch_item_line_idx" ON "payment_batch_item" USING btree ("line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_line_key" ON "payment_line" USING btree ("vedtak_id","year","recipient","recipient_org_id");--> statement-breakpoint
CREATE INDEX "payment_line_round_idx" ON "payment_line" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "payment_line_org_idx" ON "payment_line" USING btree ("recipient_org_id");--> statement-breakpoint
CREATE INDEX "unused_funds_vedtak_idx" ON "unused_funds" USING btree ("vedtak_id");--> statement-breakpoint
CREATE INDEX "unused_funds_partnership_idx" ON "unused_funds" USING btree ("partnership_id","target_year");--> statement-breakpoint
CREATE UNIQUE INDEX "unused_funds_claim_number" ON "unused_funds" USING btree ("claim_document_number") WHERE "unused_funds"."claim_document_number" is not null;