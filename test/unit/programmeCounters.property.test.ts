import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addInto,
  retentionCounts,
  rowChange,
  rowCounters,
  sumCounters,
  supervisionCounts,
  timeToHireCounts,
  type RowFacts,
} from '../../functions/services/outcomes/programmeCounters';

const DAY_MS = 86_400_000;
const EPOCH = Date.parse('2016-01-01T00:00:00.000Z');
const dayOf = (n: number) => new Date(EPOCH + n * DAY_MS).toISOString().slice(0, 10);
const addMonths = (day: string, months: number) => {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** Rows over twelve years of days, ending-of-month days included; leaving and supervision any day, even before the start. */
const row: fc.Arbitrary<RowFacts> = fc
  .record({
    start: fc.nat(12 * 366),
    left: fc.option(fc.integer({ min: -40, max: 5 * 366 }), { nil: undefined }),
    seen: fc.option(fc.integer({ min: -10, max: 3 * 366 }), { nil: undefined }),
    advertised: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  })
  .map(({ start, left, seen, advertised }) => ({
    startDate: dayOf(start),
    ...(left !== undefined ? { leftOn: dayOf(start + left) } : {}),
    ...(seen !== undefined ? { lastSupervisionAt: dayOf(start + seen) } : {}),
    ...(advertised !== undefined ? { advertisedAt: dayOf(start - advertised) } : {}),
  }));

/** The figures as computed row by row (what programmeOutcomes did before it kept counters). */
function byRows(rows: RowFacts[], today: string, months: number, intervalDays: number) {
  const observed = rows.filter((r) => addMonths(r.startDate, months) <= today);
  const retained = observed.filter((r) => !r.leftOn || r.leftOn >= addMonths(r.startDate, months)).length;
  const days = rows
    .filter((r) => r.advertisedAt)
    .map((r) => Math.round((Date.parse(r.startDate) - Date.parse(r.advertisedAt!)) / DAY_MS))
    .sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  const dueFrom = new Date(Date.parse(today) - intervalDays * DAY_MS).toISOString().slice(0, 10);
  const inPost = rows.filter((r) => r.startDate <= today && (!r.leftOn || r.leftOn > today));
  return {
    retention: { employed: observed.length, retained },
    hire: {
      hires: days.length,
      meanDays: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
      medianDays: days.length ? (days.length % 2 ? days[mid] : (days[mid - 1]! + days[mid]!) / 2) : null,
    },
    supervision: {
      inPost: inPost.length,
      compliant: inPost.filter((r) => (r.lastSupervisionAt ?? r.startDate).slice(0, 10) >= dueFrom).length,
    },
  };
}

describe("the programme's outcome counters", () => {
  it('give the same retention, time to hire and supervision compliance as the rows themselves, for any day, horizon and interval', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.nat(16 * 366),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 365 }),
        (rows, t, months, intervalDays) => {
          const today = dayOf(t);
          const counters = sumCounters(rows.map(rowCounters));
          const expected = byRows(rows, today, months, intervalDays);
          expect(retentionCounts(counters, months, today)).toEqual(expected.retention);
          expect(timeToHireCounts(counters)).toEqual(expected.hire);
          expect(supervisionCounts(counters, today, intervalDays)).toEqual(expected.supervision);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("move by a row's change exactly as recounting the rows after it would", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), row, fc.nat(9), (rows, changed, which) => {
        const i = which % rows.length;
        const after = rows.map((r, j) => (j === i ? { ...changed, startDate: r.startDate, advertisedAt: r.advertisedAt } : r));
        const moved = addInto(sumCounters(rows.map(rowCounters)), rowChange(rows[i]!, after[i]!));
        const recounted = sumCounters(after.map(rowCounters));
        const nonZero = (c: Record<string, number>) => Object.fromEntries(Object.entries(c).filter(([, n]) => n !== 0));
        expect(nonZero(moved)).toEqual(nonZero(recounted));
      }),
      { numRuns: 200 },
    );
  });
});
