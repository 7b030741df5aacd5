import { EmploymentOutcome } from '../db/entities';
import { recordOf } from '../db/item';
import { employmentOutcomeRow } from '../db/outcomes';
import type { EmploymentRecord, PostRecord } from '../db/records';

/** The outcome row of every seeded employment, made as the API makes it when an offer is accepted. */
export function outcomeItems(items: Record<string, unknown>[]): Record<string, unknown>[] {
  const posts = new Map(items.filter((i) => i.type === 'Post').map((i) => [i.id as string, recordOf<PostRecord>(i)]));
  return items
    .filter((i) => i.type === 'Employment')
    .map((i) => recordOf<EmploymentRecord>(i))
    .map((e) => EmploymentOutcome.item(employmentOutcomeRow(e, posts.get(e.postId)!)));
}
