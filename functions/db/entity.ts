import { conditionsOn, type Condition, type ConditionBuilder } from './conditions';
import type { IndexName, Keys } from './table';
import { addToCounters, conditionCheck, putNew, versionedUpdate, type ConditionalWrite, type CounterOf, type TxWrite } from './transact';

export type { Keys };

/** A key condition that lists a collection: one partition of the table or an index, optionally one prefix of it. */
export interface CollectionSpec {
  index?: IndexName;
  pk: string;
  skPrefix: string;
  /** The items are pointers (`ref`, `refType`) to the records to return, loaded in one batch. */
  pointers?: boolean;
}

/** The key of an entity's own item when it has an id: the id, and its type as the sort key. */
export const itemKey = (type: string, id: string): Keys => ({ PK: id, SK: type });

/**
 * Everything the table needs to know about one record type, declared once in functions/db/entities.ts.
 * Nothing else in the code switches on record types: items, keys, id prefixes and collections are all
 * read from here.
 */
export interface EntityDeclaration<R extends { type: string }, C extends Record<string, (...args: never[]) => CollectionSpec>> {
  type: R['type'];
  /** Records addressed by id: every id starts with `<idPrefix>_`, so an id alone finds its item (PK = id, SK = type). */
  idPrefix?: string;
  /** The key of the record's own item, when it has no id (relations, audit events, idempotency records). */
  key?: (record: R) => Keys;
  /** The index keys the item carries: which collections list it. */
  indexKeys?: (record: R) => Keys;
  /** Pointer items written beside the record (e.g. a person listed under each role), keys included. */
  pointerItems?: (record: R) => Record<string, unknown>[];
  /** Updates require the version read and add one to it (optimistic locking). */
  versioned: boolean;
  /** The key conditions that list records of this type, by name (under a parent, by person). */
  collections: C;
  /**
   * The key conditions that list every record of this type ABOUT one person (its subject): read by
   * anything that must enumerate a person's data (export, erasure). Undefined only when the type holds
   * nothing about a person.
   */
  about?: (personId: string) => CollectionSpec[];
}

type Collections = Record<string, (...args: never[]) => CollectionSpec>;

/** What a declaration gains once declared: the item, key and write helpers derived from it. */
export interface EntityHelpers<R extends { type: string }> {
  /** The full item (record plus its keys) of the record. */
  item(record: R): Record<string, unknown>;
  /** The key of the record's own item. */
  keyOf(record: R): Keys;
  /** Conditions on this record type's stored attributes, for conditional writes. */
  when: ConditionBuilder<R>;
  /** Write a new record (and its pointer items); `onExists` is the error if its key is taken. */
  create(record: R, onExists?: () => Error): TxWrite[];
  /** Change a versioned record read at `current.version`, if `when` holds; CONFLICT/VERSION_MISMATCH by default. */
  update(current: R & { id: string; version: number }, changes: Partial<R>, options?: ConditionalWrite<R>): TxWrite;
  /** Add to counters of the record with this id (not versioned: aggregates move with what they count). */
  add(id: string, increments: Partial<Record<CounterOf<R>, number>>, options: ConditionalWrite<R>): TxWrite;
  /** Require a condition of the record with this id, changing nothing. */
  check(id: string, when: Condition<R>, onConditionFailed: () => Error): TxWrite;
}

/** Declares a record type: `defineEntity<FooRecord>()({ type: 'Foo', ... })` (see functions/db/entities.ts). */
export function defineEntity<R extends { type: string }>() {
  return <const D extends EntityDeclaration<R, Collections>>(declaration: D): D & EntityHelpers<R> => {
    const keyOf = (record: R): Keys => declaration.key?.(record) ?? itemKey(declaration.type, (record as { id?: string }).id ?? '');
    const item = (record: R) => ({ ...record, ...keyOf(record), ...declaration.indexKeys?.(record) });
    return {
      ...declaration,
      keyOf,
      item,
      when: conditionsOn<R>(),
      create: (record: R, onExists?: () => Error) => [
        putNew(item(record), onExists),
        ...(declaration.pointerItems?.(record) ?? []).map((p) => putNew(p)),
      ],
      update: (current: R & { id: string; version: number }, changes: Partial<R>, options?: ConditionalWrite<R>) => {
        if (!declaration.versioned) throw new Error(`${declaration.type} is not versioned`);
        // Index keys follow the attributes they are built from (an entry leaving DRAFT joins the submitted list).
        const indexKeys = declaration.indexKeys?.({ ...current, ...changes }) ?? {};
        return versionedUpdate<R>(keyOf(current), current.version, { ...changes, ...indexKeys } as Partial<R>, options);
      },
      add: (id: string, increments: Partial<Record<CounterOf<R>, number>>, options: ConditionalWrite<R>) =>
        addToCounters<R>(itemKey(declaration.type, id), increments, options),
      check: (id: string, when: Condition<R>, onConditionFailed: () => Error) =>
        conditionCheck<R>(itemKey(declaration.type, id), when, onConditionFailed),
    };
  };
}
