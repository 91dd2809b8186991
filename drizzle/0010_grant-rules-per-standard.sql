-- Custom SQL migration file, put your code below! --
-- A scheme's grant rules get a title per written standard, {"nb": …, "nn": …} (issue 14, point 3): a nynorsk
-- tilsagnsbrev quotes the nynorsk title. A stored title is Bokmål, so it stays the "nb" one. The three schemes 0009
-- gave their titles get the nynorsk ones — only while the title is still the one 0009 wrote: a title an admin has
-- changed is theirs, and, like any other scheme's, it serves as both until the admin writes the nynorsk one.
UPDATE "scheme" SET "rules" = jsonb_set("rules", '{grantRules}', jsonb_build_object(
  'nb', "rules"->>'grantRules',
  'nn', CASE
    WHEN "id" = 'kompetanseloftet' AND "rules"->>'grantRules' = 'Retningslinjer for tilskudd til Kompetanseløftet for spesialpedagogikk og inkluderende praksis'
      THEN 'Retningslinjer for tilskot til Kompetanseløftet for spesialpedagogikk og inkluderande praksis'
    WHEN "id" = 'dekomp' AND "rules"->>'grantRules' = 'Forskrift om tilskudd til desentralisert ordning for kompetanseutvikling i skolen'
      THEN 'Forskrift om tilskot til desentralisert ordning for kompetanseutvikling i skulen'
    WHEN "id" = 'rekomp' AND "rules"->>'grantRules' = 'Retningslinjer for tilskudd til regional ordning for kompetanseutvikling i barnehagen'
      THEN 'Retningslinjer for tilskot til regional ordning for kompetanseutvikling i barnehagen'
    ELSE "rules"->>'grantRules'
  END))
WHERE jsonb_typeof("rules"->'grantRules') = 'string';
