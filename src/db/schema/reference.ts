// Reference data: Kartverket's counties and municipalities (2024 division and the 2020–2023 one for legacy data),
// Statsforvalter offices, grant schemes and regions (RSK groups of municipalities).
import type { ParallelName, SamiLanguage } from '../../domain/reference/place-names.ts';
import type { LocalizedText } from '../../domain/shared/localized-text.ts';
import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A division of the country: 2024 (15 counties, 357 municipalities) or 2020 (valid 2020–2023). */
export const county = pgTable(
  'county',
  {
    division: integer('division').notNull(),
    number: text('number').notNull(),
    /** Official name with parallel names joined by " - ", as Kartverket writes it. */
    officialName: text('official_name').notNull(),
    /** The Norwegian name alone, for sorting and short display. */
    name: text('name').notNull(),
    parallelNames: jsonb('parallel_names').$type<ParallelName[]>().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.division, t.number] })],
);

export const municipality = pgTable(
  'municipality',
  {
    division: integer('division').notNull(),
    number: text('number').notNull(),
    officialName: text('official_name').notNull(),
    name: text('name').notNull(),
    parallelNames: jsonb('parallel_names').$type<ParallelName[]>().notNull().default([]),
    countyNumber: text('county_number').notNull(),
    /** Forvaltningsområdet for samisk språk: which Sámi language forms must be offered in (null: none). */
    samiLanguage: text('sami_language').$type<SamiLanguage>(),
    /** For the 2020 division: the 2024 municipalities it became (more than one: a choice is needed). */
    successorNumbers: jsonb('successor_numbers').$type<string[]>().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.division, t.number] })],
);

export const office = pgTable('office', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  countyNumbers: jsonb('county_numbers').$type<string[]>().notNull(),
});

/**
 * Grant schemes are configuration: their rules live in `rules` (checked by the domain's zod schema). Name and
 * description are content with a text per language, `{ nb, nn?, se?, … }` (Bokmål required).
 */
export const scheme = pgTable('scheme', {
  id: text('id').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  shortName: text('short_name').notNull(),
  description: jsonb('description').$type<LocalizedText>(),
  rules: jsonb('rules').$type<Record<string, unknown>>().notNull(),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const region = pgTable('region', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  officeId: text('office_id').references(() => office.id),
  description: text('description'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const regionMunicipality = pgTable(
  'region_municipality',
  {
    regionId: uuid('region_id').notNull().references(() => region.id, { onDelete: 'cascade' }),
    municipalityNumber: text('municipality_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.municipalityNumber] })],
);
