import type { Anchors } from '../../db/records';
import type { Relation, Role } from '../resolvers.generated';

export interface RelationDefinition {
  /** The record property the relation is checked against. */
  anchor: keyof Anchors;
  /** Roles a viewer must hold for the relation to count: a stale relation item of someone who lost the role grants nothing. */
  heldBy: readonly Role[];
  /** True when the relation is stored as items in the table (all but SELF, which compares ids). */
  stored: boolean;
}

/** The relations of the authorisation model (DESIGN.md section 1), and what each is anchored on. */
export const RELATIONS: Readonly<Record<Relation, RelationDefinition>> = {
  SELF: { anchor: 'subjectId', heldBy: ['SERVICE_USER', 'CLINICIAN', 'HR', 'LEAD_LXP'], stored: false },
  MENTOR: { anchor: 'subjectId', heldBy: ['CLINICIAN'], stored: true },
  FACILITATOR: { anchor: 'cohortId', heldBy: ['CLINICIAN', 'LEAD_LXP'], stored: true },
  PANEL: { anchor: 'jobApplicationId', heldBy: ['CLINICIAN', 'HR', 'LEAD_LXP'], stored: true },
  SUPERVISOR: { anchor: 'subjectId', heldBy: ['CLINICIAN', 'LEAD_LXP'], stored: true },
  MEMBER: { anchor: 'workstreamId', heldBy: ['SERVICE_USER', 'CLINICIAN', 'HR', 'LEAD_LXP'], stored: true },
};

export const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

/** Whether a viewer with these roles can hold the relation at all. */
export const canHold = (relation: Relation, roles: readonly Role[]) => RELATIONS[relation].heldBy.some((r) => roles.includes(r));
