/** Small statistics for the benchmark: medians, percentiles, interleaved A/B runs, verdicts. */

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Runs each variant `runs` times, interleaved (A, B, C, then B, C, A, …: the order rotates so no variant
 * always runs first), and returns each variant's timings.
 */
export async function interleaved<K extends string>(
  runs: number,
  variants: Record<K, () => Promise<number>>,
): Promise<Record<K, number[]>> {
  const names = Object.keys(variants) as K[];
  const out = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length]!;
      out[name].push(await variants[name]());
    }
  }
  return out;
}

export type Verdict = 'met' | 'not met' | 'not available';

/** One line of bench/results.json: a measurement, its baseline, their ratio and the goal's verdict. */
export interface Result {
  goal: string;
  measurement: string;
  value: number | null;
  unit: string;
  baseline?: { name: string; value: number | null };
  ratio?: number | null;
  target: string;
  verdict: Verdict;
  note?: string;
  runs?: number;
}

export function ratioResult(
  goal: string,
  measurement: string,
  a: number[],
  baselineName: string,
  b: number[],
  maxRatio: number,
  note?: string,
): Result {
  const value = median(a);
  const base = median(b);
  const ratio = round(value / base);
  return {
    goal,
    measurement,
    value: round(value),
    unit: 'ms (median)',
    baseline: { name: baselineName, value: round(base) },
    ratio,
    target: `≤ ${maxRatio}×`,
    verdict: ratio <= maxRatio ? 'met' : 'not met',
    runs: a.length,
    ...(note ? { note } : {}),
  };
}
