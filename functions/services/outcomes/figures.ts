/**
 * Small-number suppression: counts from 1 to 4 could identify the people behind them, so a viewer who may
 * not see those people's records gets `null` with `suppressed: true`; rates derived from a suppressed count
 * are suppressed too. Zero and five or more are shown to everyone allowed the figures at all.
 */
export interface CountFigure {
  value: number | null;
  suppressed: boolean;
}

export interface RateFigure {
  value: number | null;
  suppressed: boolean;
}

export const SUPPRESS_FROM = 1;
export const SUPPRESS_TO = 4;

/** Whether a count would be withheld from a viewer without access to the records behind it. */
export const isSmall = (n: number) => n >= SUPPRESS_FROM && n <= SUPPRESS_TO;

export function count(n: number, exact: boolean): CountFigure {
  return !exact && isSmall(n) ? { value: null, suppressed: true } : { value: n, suppressed: false };
}

/** A fraction to three decimals (10 of 28 is 0.357). */
export const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function rate(numerator: CountFigure, denominator: CountFigure): RateFigure {
  if (numerator.suppressed || denominator.suppressed) return { value: null, suppressed: true };
  if (!denominator.value) return { value: null, suppressed: false };
  return { value: round3(numerator.value! / denominator.value), suppressed: false };
}
