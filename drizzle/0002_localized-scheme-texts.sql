-- Scheme name and description become content with a text per language ({"nb": …, "nn": …}). Existing texts were
-- Bokmål, so each becomes {"nb": text}; a missing description stays NULL.
ALTER TABLE "scheme" ALTER COLUMN "name" SET DATA TYPE jsonb USING jsonb_build_object('nb', "name");--> statement-breakpoint
ALTER TABLE "scheme" ALTER COLUMN "description" SET DATA TYPE jsonb USING CASE WHEN "description" IS NULL THEN NULL ELSE jsonb_build_object('nb', "description") END;
