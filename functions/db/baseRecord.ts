import type { Anchors } from '../lib/vocabulary';

/**
 * What every stored record with an id has. The stored shapes of records (records.ts and the files it
 * gathers) stay apart from their GraphQL shapes (codegen maps one to the other); each has one
 * declaration in entities.ts. Authorisation anchors on `subjectId`, `cohortId` and
 * `jobApplicationId` (see Anchors in functions/lib/vocabulary.ts).
 */
export interface BaseRecord extends Anchors {
  id: string;
  type: string;
  /** Optimistic-locking counter: every update requires the version it read and adds one. */
  version: number;
  createdAt: string;
  updatedAt: string;
}
