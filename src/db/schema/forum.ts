// Samarbeidsforum (issue 13): the year's budget frames, the forum's members, meetings with agenda items, recusals,
// the review (criteria, scores, the forum's assessment), allocation scenarios, the adopted innstilling and the
// provisional reservations it makes for later years.
//
// Who may do what is the forum module's policy (src/domain/forum/policy.ts); the facts it needs (who is a member,
// present, recused) are read from these tables by the use cases.
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { behovsmelding, behovsmeldingRound } from './behovsmelding.ts';
import { organisation, person } from './org.ts';
import { office, scheme } from './reference.ts';

/**
 * The money an office may allocate in one scheme and year, entered from the year's allocation letter
 * (tildelingsbrev). Later years are estimates until the letter confirms them. Replaces the round's single
 * `budget_frame_kr` (migration 0008 copies those values here as confirmed frames).
 */
export const budgetFrame = pgTable(
  'budget_frame',
  {
    officeId: text('office_id').notNull().references(() => office.id),
    schemeId: text('scheme_id').notNull().references(() => scheme.id),
    year: integer('year').notNull(),
    amountKr: bigint('amount_kr', { mode: 'number' }).notNull(),
    /** False: an estimate (a later year); true: confirmed by the allocation letter. */
    confirmed: boolean('confirmed').notNull().default(false),
    /** Where the figure comes from ("Tildelingsbrev 2025, pkt. 3"). */
    source: text('source'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.schemeId, t.year] }), check('budget_frame_amount_nonnegative', sql`${t.amountKr} >= 0`)],
);

/** Per office: how many voting members must be present for the forum to decide (quorum). */
export const forumSetting = pgTable('forum_setting', {
  officeId: text('office_id').primaryKey().references(() => office.id),
  quorum: integer('quorum').notNull().default(1),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A member of an office's samarbeidsforum: a person representing an organisation in a category (owner, UH, KS, PBL,
 * union, barnehagemyndighet), with a deputy (vara) and a term. Membership grants the person (and the deputy) the
 * `forum` role for the office; ending it revokes those grants (`role_grant_ids` remembers which).
 */
export const forumMember = pgTable(
  'forum_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: text('office_id').notNull().references(() => office.id),
    personId: uuid('person_id').notNull().references(() => person.id),
    organisationId: uuid('organisation_id').notNull().references(() => organisation.id),
    /** FORUM_CATEGORIES in src/domain/forum/member.ts. */
    category: text('category').notNull(),
    deputyPersonId: uuid('deputy_person_id').references(() => person.id),
    /** Local dates (YYYY-MM-DD); `term_to` null = until further notice. */
    termFrom: text('term_from').notNull(),
    termTo: text('term_to'),
    /** The role grants this membership made (member's and deputy's), revoked when it ends. */
    roleGrantIds: jsonb('role_grant_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('forum_member_office_idx').on(t.officeId), index('forum_member_person_idx').on(t.personId)],
);

/** A forum meeting: notice (innkalling), the round it weighs (if any), attendance, agenda and minutes. */
export const forumMeeting = pgTable(
  'forum_meeting',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: text('office_id').notNull().references(() => office.id),
    roundId: uuid('round_id').references(() => behovsmeldingRound.id),
    title: text('title').notNull(),
    /** Local Europe/Oslo time (`2026-01-20T10:00:00`). */
    startsAtLocal: text('starts_at_local').notNull(),
    location: text('location'),
    noticeSentAt: timestamp('notice_sent_at', { withTimezone: true }),
    minutes: text('minutes'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('forum_meeting_office_idx').on(t.officeId), index('forum_meeting_round_idx').on(t.roundId)],
);

/** Who attended: the member in person, or the deputy in the member's place. */
export const forumAttendance = pgTable(
  'forum_attendance',
  {
    meetingId: uuid('meeting_id').notNull().references(() => forumMeeting.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull().references(() => forumMember.id),
    present: boolean('present').notNull(),
    /** True: the deputy attended in the member's place. */
    byDeputy: boolean('by_deputy').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

/**
 * An agenda item: one per application (the forum weighs it) or a topic. Its decision is recorded by the secretariat
 * when the forum adopts it: by consensus, or by vote with the counts per option; a dissent is printed.
 */
export const forumAgendaItem = pgTable(
  'forum_agenda_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').notNull().references(() => forumMeeting.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** 'application' | 'topic'. */
    kind: text('kind').notNull(),
    applicationId: uuid('application_id').references(() => behovsmelding.id),
    title: text('title').notNull(),
    /** The forum's assessment of the application, written by the secretariat (shown to the partnership at adoption). */
    assessment: text('assessment'),
    /** Null until decided; 'consensus' | 'vote'. */
    decisionKind: text('decision_kind'),
    /** The decision's wording (e.g. "Innstilt med 350 000 kr i 2026"). */
    decisionText: text('decision_text'),
    /** Vote counts per option (`{ "for": 5, "mot": 1, "avstår": 0 }`), when decided by vote. */
    voteCounts: jsonb('vote_counts').$type<Record<string, number>>(),
    dissent: text('dissent'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('forum_agenda_item_meeting_idx').on(t.meetingId),
    index('forum_agenda_item_application_idx').on(t.applicationId),
    check('forum_agenda_item_application_kind', sql`(${t.kind} = 'application') = (${t.applicationId} is not null)`),
  ],
);

/**
 * A member's recusal (inhabilitet) on an item: proposed by the system (the member's organisation takes part in the
 * application) or declared by the member; the forum decides it ('pending' → 'confirmed' | 'rejected'). While pending
 * or confirmed the member neither prepares nor decides the item; the deputy may step in.
 */
export const forumRecusal = pgTable(
  'forum_recusal',
  {
    itemId: uuid('item_id').notNull().references(() => forumAgendaItem.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull().references(() => forumMember.id),
    /** 'proposed' | 'declared'. */
    source: text('source').notNull(),
    reason: text('reason').notNull(),
    /** 'pending' | 'confirmed' | 'rejected'. */
    decision: text('decision').notNull().default('pending'),
    deputyStepsIn: boolean('deputy_steps_in').notNull().default(false),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId] })],
);

/** The criteria a round's applications are weighed by, editable per round, seeded from the scheme's guidelines. */
export const forumCriterion = pgTable(
  'forum_criterion',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id').notNull().references(() => behovsmeldingRound.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description'),
  },
  (t) => [index('forum_criterion_round_idx').on(t.roundId)],
);

/** A member's review of an item: an overall comment; `submitted_at` set when the member submits it (then the
 * member may see the others'). */
export const forumReview = pgTable(
  'forum_review',
  {
    itemId: uuid('item_id').notNull().references(() => forumAgendaItem.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull().references(() => forumMember.id),
    /** Who wrote it: the member, or the deputy in the member's place. */
    personId: uuid('person_id').notNull().references(() => person.id),
    comment: text('comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId] })],
);

/** A score (1–5) and comment per criterion within a member's review. */
export const forumScore = pgTable(
  'forum_score',
  {
    itemId: uuid('item_id').notNull(),
    memberId: uuid('member_id').notNull(),
    criterionId: uuid('criterion_id').notNull().references(() => forumCriterion.id, { onDelete: 'cascade' }),
    score: integer('score'),
    comment: text('comment'),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId, t.criterionId] }), check('forum_score_range', sql`${t.score} is null or (${t.score} between 1 and 5)`)],
);

/** A member's vote on an item decided by vote ('for' | 'mot' | 'avstår'). */
export const forumVote = pgTable(
  'forum_vote',
  {
    itemId: uuid('item_id').notNull().references(() => forumAgendaItem.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').notNull().references(() => forumMember.id),
    personId: uuid('person_id').notNull().references(() => person.id),
    option: text('option').notNull(),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId] })],
);

/** A named allocation proposal for a round; one may be chosen for the innstilling. */
export const allocationScenario = pgTable(
  'allocation_scenario',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id').notNull().references(() => behovsmeldingRound.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    chosen: boolean('chosen').notNull().default(false),
    createdByName: text('created_by_name').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('allocation_scenario_round_name').on(t.roundId, t.name),
    uniqueIndex('allocation_scenario_one_chosen').on(t.roundId).where(sql`${t.chosen}`),
  ],
);

/** Per scenario and application: its priority (null = not prioritised) and, when not prioritised or reduced, the
 * reason in words the partnership understands. */
export const allocationApplication = pgTable(
  'allocation_application',
  {
    scenarioId: uuid('scenario_id').notNull().references(() => allocationScenario.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').notNull().references(() => behovsmelding.id),
    priority: integer('priority'),
    reason: text('reason'),
    /** Dekomp's checklist: the measure funds no individual further education (videreutdanning); null = not checked. */
    noIndividualEducation: boolean('no_individual_education'),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.applicationId] })],
);

/**
 * One proposed amount: per scenario, application, part (its key in the form), year and recipient — the owner side
 * (`recipient_org_id` null) or one UH institution (the behovsmelding has one UH amount per part and year; the
 * allocation splits it per institution).
 */
export const allocationLine = pgTable(
  'allocation_line',
  {
    scenarioId: uuid('scenario_id').notNull().references(() => allocationScenario.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').notNull().references(() => behovsmelding.id),
    partKey: text('part_key').notNull(),
    year: integer('year').notNull(),
    /** 'owner' | 'uh'. */
    recipient: text('recipient').notNull(),
    /** The UH institution for 'uh'; '' for the owner side (a primary key cannot hold null). */
    recipientOrgId: text('recipient_org_id').notNull().default(''),
    amountKr: bigint('amount_kr', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scenarioId, t.applicationId, t.partKey, t.year, t.recipient, t.recipientOrgId] }),
    check('allocation_line_amount_nonnegative', sql`${t.amountKr} >= 0`),
  ],
);

/** A round's innstilling: drafted from the chosen scenario, adopted item by item at a meeting. */
export const innstilling = pgTable('innstilling', {
  roundId: uuid('round_id')
    .primaryKey()
    .references(() => behovsmeldingRound.id, { onDelete: 'cascade' }),
  /** 'utkast' | 'vedtatt'. */
  state: text('state').notNull().default('utkast'),
  scenarioId: uuid('scenario_id').references(() => allocationScenario.id),
  meetingId: uuid('meeting_id').references(() => forumMeeting.id),
  adoptedAt: timestamp('adopted_at', { withTimezone: true }),
  adoptedByName: text('adopted_by_name'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Money promised for a later year of a multi-year measure. Made 'foreløpig' (provisional) when the innstilling is
 * adopted; the vedtak issue makes it binding. A later year's application of the same measure (its `previous_id`
 * chain leads to `source_application_id`) consumes it instead of counting twice against that year's frame.
 */
export const budgetReservation = pgTable(
  'budget_reservation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: text('office_id').notNull().references(() => office.id),
    schemeId: text('scheme_id').notNull().references(() => scheme.id),
    year: integer('year').notNull(),
    amountKr: bigint('amount_kr', { mode: 'number' }).notNull(),
    sourceRoundId: uuid('source_round_id').notNull().references(() => behovsmeldingRound.id),
    sourceApplicationId: uuid('source_application_id').notNull().references(() => behovsmelding.id),
    /** 'foreløpig' | 'bindende'. */
    status: text('status').notNull().default('foreløpig'),
    /** The later year's application that uses it up. */
    consumedByApplicationId: uuid('consumed_by_application_id').references(() => behovsmelding.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('budget_reservation_frame_idx').on(t.officeId, t.schemeId, t.year),
    uniqueIndex('budget_reservation_source_year').on(t.sourceApplicationId, t.year),
  ],
);
