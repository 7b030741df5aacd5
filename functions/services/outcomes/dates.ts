/** Calendar arithmetic on YYYY-MM-DD days, in UTC. */

const DAY_MS = 86_400_000;

/** The same day `months` months later (31 January + 1 month is 3 March, as Date rolls over). */
export function addMonths(day: string, months: number): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00.000Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day.slice(0, 10)}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00.000Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00.000Z`)) / DAY_MS);
}
