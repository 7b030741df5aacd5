import type { Relation, Role } from './vocabulary.generated';

/**
 * The programme's vocabulary, importable from every layer. The enums (roles, relations, statuses,
 * reasons) are generated from schema/*.graphql into vocabulary.generated.ts; the groups and the relation
 * model below are declared here once, beside them.
 */
export type * from './vocabulary.generated';

export const ROLES: readonly Role[] = ['SERVICE_USER', 'CLINICIAN', 'HR', 'LEAD_LXP'];

/** Roles held by Trust staff: the rows of the `STAFF` row scope (who sees which rows is `@rows` in the schema). */
export const STAFF_ROLES: readonly Role[] = ['CLINICIAN', 'HR', 'LEAD_LXP'];

export const isStaff = (roles: readonly Role[]) => roles.some((r) => STAFF_ROLES.includes(r));

/**
 * Authorisation anchors on three well-known record properties: `subjectId` (the person the record is
 * about: SELF, MENTOR, SUPERVISOR), `cohortId` (FACILITATOR) and `jobApplicationId` (PANEL). A record type
 * that has such a relation names the property so; nothing else is needed for its rules to work.
 */
export interface Anchors {
  subjectId?: string;
  cohortId?: string;
  jobApplicationId?: string;
}

export interface RelationDefinition {
  /** The record property the relation is checked against. */
  anchor: keyof Anchors;
  /** Roles a viewer must hold for the relation to count: a stale relation item of someone who lost the role grants nothing. */
  heldBy: readonly Role[];
  /** True when the relation is stored as items in the table (all but SELF, which compares ids). */
  stored: boolean;
}

/** The relations of the authorisation model, and what each is anchored on. */
export const RELATIONS: Readonly<Record<Relation, RelationDefinition>> = {
  SELF: { anchor: 'subjectId', heldBy: ROLES, stored: false },
  MENTOR: { anchor: 'subjectId', heldBy: ['CLINICIAN'], stored: true },
  FACILITATOR: { anchor: 'cohortId', heldBy: ['CLINICIAN', 'LEAD_LXP'], stored: true },
  PANEL: { anchor: 'jobApplicationId', heldBy: ['CLINICIAN', 'HR', 'LEAD_LXP'], stored: true },
  SUPERVISOR: { anchor: 'subjectId', heldBy: ['CLINICIAN', 'LEAD_LXP'], stored: true },
};

export const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

/** Whether a viewer with these roles can hold the relation at all. */
export const canHold = (relation: Relation, roles: readonly Role[]) => RELATIONS[relation].heldBy.some((r) => roles.includes(r));
