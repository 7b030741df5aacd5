import { itemKey, Relation as RelationEntity, relationKey } from '../../db/entities';
import { typeOfId } from '../../db/ids';
import type { ItemLoader } from '../../db/itemLoader';
import { queryAll } from '../../db/page';
import type { Anchors, RelationRecord } from '../../db/records';
import { badInput } from '../../lib/errors';
import type { Relation } from '../../lib/vocabulary';
import type { Rule } from './policy';
import { RELATIONS, canHold } from '../../lib/vocabulary';
import type { Viewer } from './verifyToken';

/** What decided an access: `role:NAME`, `relation:NAME` or `deny`. Written to the audit trail. */
export interface Decision {
  allowed: boolean;
  by: string;
}

export const DENY: Decision = { allowed: false, by: 'deny' };

/** A value now or later: decisions by role are synchronous, so most fields pay no promise. */
export type MaybePromise<T> = T | Promise<T>;

/** Named so (not `then`): a module exporting `then` would make its namespace a thenable. */
export function andThen<T, U>(value: MaybePromise<T>, fn: (v: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/**
 * Decides rules for one viewer within one request. Roles decide at once; relations are looked up as
 * items through the request's loader, so all relation checks of one level of a query go in one batch.
 */
export class Authorizer {
  private readonly heldAnchors = new Map<Relation, Promise<string[]>>();

  constructor(
    readonly viewer: Viewer,
    private readonly loader: ItemLoader,
  ) {}

  decide(rule: Rule, record: Anchors | undefined): MaybePromise<Decision> {
    const role = this.viewer.roles.find((r) => rule.roles.includes(r));
    if (role) return { allowed: true, by: `role:${role}` };
    const lookups: { relation: Relation; found: Promise<unknown> }[] = [];
    for (const relation of rule.relations) {
      const def = RELATIONS[relation];
      const anchor = record?.[def.anchor];
      if (!anchor || !canHold(relation, this.viewer.roles)) continue;
      if (!def.stored) {
        if (anchor === this.viewer.id) return { allowed: true, by: `relation:${relation}` };
        continue;
      }
      lookups.push({ relation, found: this.loader.load(relationKey(this.viewer.id, relation, anchor)) });
    }
    if (lookups.length === 0) return DENY;
    return Promise.all(lookups.map((l) => l.found)).then((found) => {
      const i = found.findIndex(Boolean);
      return i >= 0 ? { allowed: true, by: `relation:${lookups[i]!.relation}` } : DENY;
    });
  }

  /** The anchors the viewer holds a stored relation to (e.g. everyone they mentor), once per request. */
  anchorsHeld(relation: Relation): Promise<string[]> {
    if (!canHold(relation, this.viewer.roles)) return Promise.resolve([]);
    if (!RELATIONS[relation].stored) return Promise.resolve(RELATIONS[relation].anchor === 'subjectId' ? [this.viewer.id] : []);
    let held = this.heldAnchors.get(relation);
    if (!held) {
      held = queryAll<RelationRecord>(RelationEntity.collections.heldBy(this.viewer.id, relation)).then((rows) =>
        rows.map((r) => r.anchor),
      );
      this.heldAnchors.set(relation, held);
    }
    return held;
  }

  /** The record an operation's relations are checked against: the id at `path` in its arguments. */
  async targetRecord(path: string, args: Record<string, unknown>): Promise<Anchors | undefined> {
    const id = path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], args);
    const type = typeof id === 'string' ? typeOfId(id) : undefined;
    if (!type) throw badInput(path, `${path} is not a valid id`);
    return ((await this.loader.load(itemKey(type, id as string))) ?? undefined) as Anchors | undefined;
  }
}
