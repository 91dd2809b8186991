CREATE TABLE "allocation_application" (
	"scenario_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"priority" integer,
	"reason" text,
	"no_individual_education" boolean,
	CONSTRAINT "allocation_application_scenario_id_application_id_pk" PRIMARY KEY("scenario_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "allocation_line" (
	"scenario_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"part_key" text NOT NULL,
	"year" integer NOT NULL,
	"recipient" text NOT NULL,
	"recipient_org_id" text DEFAULT '' NOT NULL,
	"amount_kr" bigint NOT NULL,
	CONSTRAINT "allocation_line_scenario_id_application_id_part_key_year_recipient_recipient_org_id_pk" PRIMARY KEY("scenario_id","application_id","part_key","year","recipient","recipient_org_id"),
	CONSTRAINT "allocation_line_amount_nonnegative" CHECK ("allocation_line"."amount_kr" >= 0)
);
--> statement-breakpoint
CREATE TABLE "allocation_scenario" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"name" text NOT NULL,
	"chosen" boolean DEFAULT false NOT NULL,
	"created_by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_frame" (
	"office_id" text NOT NULL,
	"scheme_id" text NOT NULL,
	"year" integer NOT NULL,
	"amount_kr" bigint NOT NULL,
	"confirmed" boolean DEFAULT false NOT NULL,
	"source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_frame_office_id_scheme_id_year_pk" PRIMARY KEY("office_id","scheme_id","year"),
	CONSTRAINT "budget_frame_amount_nonnegative" CHECK ("budget_frame"."amount_kr" >= 0)
);
--> statement-breakpoint
CREATE TABLE "budget_reservation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" text NOT NULL,
	"scheme_id" text NOT NULL,
	"year" integer NOT NULL,
	"amount_kr" bigint NOT NULL,
	"source_round_id" uuid NOT NULL,
	"source_application_id" uuid NOT NULL,
	"status" text DEFAULT 'foreløpig' NOT NULL,
	"consumed_by_application_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_agenda_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"application_id" uuid,
	"title" text NOT NULL,
	"assessment" text,
	"decision_kind" text,
	"decision_text" text,
	"vote_counts" jsonb,
	"dissent" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "forum_agenda_item_application_kind" CHECK (("forum_agenda_item"."kind" = 'application') = ("forum_agenda_item"."application_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "forum_attendance" (
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"by_deputy" boolean DEFAULT false NOT NULL,
	CONSTRAINT "forum_attendance_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "forum_criterion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "forum_meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" text NOT NULL,
	"round_id" uuid,
	"title" text NOT NULL,
	"starts_at_local" text NOT NULL,
	"location" text,
	"notice_sent_at" timestamp with time zone,
	"minutes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" text NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"category" text NOT NULL,
	"deputy_person_id" uuid,
	"term_from" text NOT NULL,
	"term_to" text,
	"role_grant_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ended_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_recusal" (
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"source" text NOT NULL,
	"reason" text NOT NULL,
	"decision" text DEFAULT 'pending' NOT NULL,
	"deputy_steps_in" boolean DEFAULT false NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "forum_recusal_item_id_member_id_pk" PRIMARY KEY("item_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "forum_review" (
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"comment" text,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "forum_review_item_id_member_id_pk" PRIMARY KEY("item_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "forum_score" (
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"score" integer,
	"comment" text,
	CONSTRAINT "forum_score_item_id_member_id_criterion_id_pk" PRIMARY KEY("item_id","member_id","criterion_id"),
	CONSTRAINT "forum_score_range" CHECK ("forum_score"."score" is null or ("forum_score"."score" between 1 and 5))
);
--> statement-breakpoint
CREATE TABLE "forum_setting" (
	"office_id" text PRIMARY KEY NOT NULL,
	"quorum" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum_vote" (
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"option" text NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_vote_item_id_member_id_pk" PRIMARY KEY("item_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "innstilling" (
	"round_id" uuid PRIMARY KEY NOT NULL,
	"state" text DEFAULT 'utkast' NOT NULL,
	"scenario_id" uuid,
	"meeting_id" uuid,
	"adopted_at" timestamp with time zone,
	"adopted_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "allocation_application" ADD CONSTRAINT "allocation_application_scenario_id_allocation_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."allocation_scenario"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_application" ADD CONSTRAINT "allocation_application_application_id_behovsmelding_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."behovsmelding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_line" ADD CONSTRAINT "allocation_line_scenario_id_allocation_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."allocation_scenario"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_line" ADD CONSTRAINT "allocation_line_application_id_behovsmelding_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."behovsmelding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_scenario" ADD CONSTRAINT "allocation_scenario_round_id_behovsmelding_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."behovsmelding_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_frame" ADD CONSTRAINT "budget_frame_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_frame" ADD CONSTRAINT "budget_frame_scheme_id_scheme_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."scheme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_reservation" ADD CONSTRAINT "budget_reservation_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_reservation" ADD CONSTRAINT "budget_reservation_scheme_id_scheme_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."scheme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_reservation" ADD CONSTRAINT "budget_reservation_source_round_id_behovsmelding_round_id_fk" FOREIGN KEY ("source_round_id") REFERENCES "public"."behovsmelding_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_reservation" ADD CONSTRAINT "budget_reservation_source_application_id_behovsmelding_id_fk" FOREIGN KEY ("source_application_id") REFERENCES "public"."behovsmelding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_reservation" ADD CONSTRAINT "budget_reservation_consumed_by_application_id_behovsmelding_id_fk" FOREIGN KEY ("consumed_by_application_id") REFERENCES "public"."behovsmelding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_agenda_item" ADD CONSTRAINT "forum_agenda_item_meeting_id_forum_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."forum_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_agenda_item" ADD CONSTRAINT "forum_agenda_item_application_id_behovsmelding_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."behovsmelding"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_attendance" ADD CONSTRAINT "forum_attendance_meeting_id_forum_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."forum_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_attendance" ADD CONSTRAINT "forum_attendance_member_id_forum_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."forum_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_criterion" ADD CONSTRAINT "forum_criterion_round_id_behovsmelding_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."behovsmelding_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_meeting" ADD CONSTRAINT "forum_meeting_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_meeting" ADD CONSTRAINT "forum_meeting_round_id_behovsmelding_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."behovsmelding_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_member" ADD CONSTRAINT "forum_member_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_member" ADD CONSTRAINT "forum_member_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_member" ADD CONSTRAINT "forum_member_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_member" ADD CONSTRAINT "forum_member_deputy_person_id_person_id_fk" FOREIGN KEY ("deputy_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_recusal" ADD CONSTRAINT "forum_recusal_item_id_forum_agenda_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."forum_agenda_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_recusal" ADD CONSTRAINT "forum_recusal_member_id_forum_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."forum_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_review" ADD CONSTRAINT "forum_review_item_id_forum_agenda_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."forum_agenda_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_review" ADD CONSTRAINT "forum_review_member_id_forum_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."forum_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_review" ADD CONSTRAINT "forum_review_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_score" ADD CONSTRAINT "forum_score_criterion_id_forum_criterion_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."forum_criterion"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_setting" ADD CONSTRAINT "forum_setting_office_id_office_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."office"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_vote" ADD CONSTRAINT "forum_vote_item_id_forum_agenda_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."forum_agenda_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_vote" ADD CONSTRAINT "forum_vote_member_id_forum_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."forum_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_vote" ADD CONSTRAINT "forum_vote_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innstilling" ADD CONSTRAINT "innstilling_round_id_behovsmelding_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."behovsmelding_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innstilling" ADD CONSTRAINT "innstilling_scenario_id_allocation_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."allocation_scenario"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innstilling" ADD CONSTRAINT "innstilling_meeting_id_forum_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."forum_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_scenario_round_name" ON "allocation_scenario" USING btree ("round_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_scenario_one_chosen" ON "allocation_scenario" USING btree ("round_id") WHERE "allocation_scenario"."chosen";--> statement-breakpoint
CREATE INDEX "budget_reservation_frame_idx" ON "budget_reservation" USING btree ("office_id","scheme_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_reservation_source_year" ON "budget_reservation" USING btree ("source_application_id","year");--> statement-breakpoint
CREATE INDEX "forum_agenda_item_meeting_idx" ON "forum_agenda_item" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "forum_agenda_item_application_idx" ON "forum_agenda_item" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "forum_criterion_round_idx" ON "forum_criterion" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "forum_meeting_office_idx" ON "forum_meeting" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "forum_meeting_round_idx" ON "forum_meeting" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "forum_member_office_idx" ON "forum_member" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "forum_member_person_idx" ON "forum_member" USING btree ("person_id");--> statement-breakpoint
-- Issue 13: the round's single frame becomes the office × scheme × year frame, keeping today's values (confirmed: they
-- were entered as the year's frame).
INSERT INTO "budget_frame" ("office_id", "scheme_id", "year", "amount_kr", "confirmed", "source") SELECT "office_id", "scheme_id", "year", "budget_frame_kr", true, 'Utlysningens budsjettramme' FROM "behovsmelding_round" WHERE "budget_frame_kr" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "behovsmelding_round" DROP COLUMN "budget_frame_kr";--> statement-breakpoint
-- Issue 12: Northern Sámi (and English) scheme names and descriptions for databases seeded before they existed; a
-- language an admin has already given is kept (the right-hand side of || wins).
UPDATE "scheme" SET "name" = '{"en": "Competence boost for special needs education and inclusive practice", "se": "Kompetanseløftet spesiálapedagogihkas ja searvadahtti geavadagas"}'::jsonb || "name" WHERE "id" = 'kompetanseloftet';--> statement-breakpoint
UPDATE "scheme" SET "description" = '{"en": "Grants for local competence development in special needs education and inclusive practice in kindergartens, schools and the educational and psychological counselling service (PPT).", "se": "Doarjja báikkálaš gelbbolašvuođa ovddideapmái spesiálapedagogihkas ja searvadahtti geavadagas mánáidgárddis, skuvllas ja PP-bálvalusas."}'::jsonb || "description" WHERE "id" = 'kompetanseloftet' AND "description" IS NOT NULL;--> statement-breakpoint
UPDATE "scheme" SET "name" = '{"en": "Decentralised scheme for competence development in schools", "se": "Desentraliserejuvvon ortnet skuvlla gelbbolašvuođa ovddideapmái"}'::jsonb || "name" WHERE "id" = 'dekomp';--> statement-breakpoint
UPDATE "scheme" SET "description" = '{"en": "Grants for local competence development in schools, in partnership between school owners and universities and university colleges (UH).", "se": "Doarjja báikkálaš gelbbolašvuođa ovddideapmái skuvllas, skuvlaeaiggádiid ja UH guoibmevuođas."}'::jsonb || "description" WHERE "id" = 'dekomp' AND "description" IS NOT NULL;--> statement-breakpoint
UPDATE "scheme" SET "name" = '{"en": "Regional scheme for competence development in kindergartens", "se": "Regionála ortnet mánáidgárddi gelbbolašvuođa ovddideapmái"}'::jsonb || "name" WHERE "id" = 'rekomp';--> statement-breakpoint
UPDATE "scheme" SET "description" = '{"en": "Grants for competence development in kindergartens, in partnership between kindergarten owners and universities and university colleges (UH).", "se": "Doarjja mánáidgárddi gelbbolašvuođa ovddideapmái, mánáidgárdeeaiggádiid ja UH guoibmevuođas."}'::jsonb || "description" WHERE "id" = 'rekomp' AND "description" IS NOT NULL;--> statement-breakpoint
UPDATE "scheme" SET "name" = '{"en": "Competence pilot", "se": "Gelbbolašvuođapilohta"}'::jsonb || "name" WHERE "id" = 'kompetansepilot';--> statement-breakpoint
UPDATE "scheme" SET "description" = '{"en": "National pilot of models that match the supply of and demand for competence in small businesses in rural areas (engine – broker – meeting place).", "se": "Našunála pilohta modellaide mat čatnet gelbbolašvuođa fálaldaga ja jearu smávva fitnodagain boaittobeale guovlluin (motor – gaskkusteaddji – deaivvadanbáiki)."}'::jsonb || "description" WHERE "id" = 'kompetansepilot' AND "description" IS NOT NULL;--> statement-breakpoint
UPDATE "scheme" SET "rules" = "rules" || '{"noIndividualEducation": true}'::jsonb WHERE "id" = 'dekomp' AND NOT ("rules" ? 'noIndividualEducation');
