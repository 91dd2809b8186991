-- Each field row keeps the verdict of its save: the field catalogue version it was checked under and, when it does
-- not validate, why. Readers check again only rows of an older catalogue (0 = saved before this column existed).
ALTER TABLE "behovsmelding_field" ADD COLUMN "checked_catalogue_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "behovsmelding_field" ADD COLUMN "invalid_message" text;