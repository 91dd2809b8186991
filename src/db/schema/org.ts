// Organisations (owners, UH, offices, study centres, businesses, forum bodies), people, and partnerships.
import { integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, index } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { office, region } from './reference.ts';

export const organisation = pgTable(
  'organisation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    orgnr: text('orgnr'),
    kontonr: text('kontonr'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    municipalityNumber: text('municipality_number'),
    /** The Statsforvalter office whose area the organisation belongs to (for offices: the office itself). */
    officeId: text('office_id').references(() => office.id),
    /** For an RSK: the region (group of municipalities) it serves. */
    regionId: uuid('region_id').references(() => region.id),
    /** For an RSK: 'forening' (own legal entity) or 'vertskommune' (hosted by a municipality). */
    rskForm: text('rsk_form'),
    hostOrganisationId: uuid('host_organisation_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisation_orgnr_unique').on(t.orgnr).where(sql`${t.orgnr} is not null`),
    index('organisation_kind_idx').on(t.kind),
  ],
);

export const person = pgTable(
  'person',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    title: text('title'),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('person_email_org_unique').on(t.email, t.organisationId), index('person_org_idx').on(t.organisationId)],
);

export const partnership = pgTable('partnership', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  officeId: text('office_id').notNull().references(() => office.id),
  schemeId: text('scheme_id'),
  description: text('description'),
  /** The organisation that applies and reports (a kommune, the county, an RSK, a private owner). */
  applicantId: uuid('applicant_id').notNull().references(() => organisation.id),
  /** The owner that receives and manages the owners' share of the money. */
  payeeId: uuid('payee_id').notNull().references(() => organisation.id),
  coordinatorPersonId: uuid('coordinator_person_id').references(() => person.id),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Members of a partnership: role 'owner' (eier) or 'uh'. */
export const partnershipMember = pgTable(
  'partnership_member',
  {
    partnershipId: uuid('partnership_id').notNull().references(() => partnership.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.organisationId] }), index('partnership_member_org_idx').on(t.organisationId)],
);

/** Units taking part (barnehage, skole, PPT …), each under one owner of the partnership. */
export const partnershipUnit = pgTable('partnership_unit', {
  id: uuid('id').primaryKey().defaultRandom(),
  partnershipId: uuid('partnership_id').notNull().references(() => partnership.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  municipalityNumber: text('municipality_number'),
  ownerId: uuid('owner_id').references(() => organisation.id),
});

/** People of member organisations the coordinator has given edit rights in the partnership. */
export const partnershipEditor = pgTable(
  'partnership_editor',
  {
    partnershipId: uuid('partnership_id').notNull().references(() => partnership.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull().references(() => person.id),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.personId] })],
);
