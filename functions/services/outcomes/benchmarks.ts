/** Figures from the literature shown beside the programme's own; typed in from their source, never computed. */
export interface BenchmarkFigure {
  external: true;
  label: string;
  measure: 'COMPLETION_RATE' | 'EMPLOYMENT_RATE';
  numerator: number | null;
  denominator: number | null;
  rate: number;
  source: string;
  url: string;
}

const SIMPSON_2014 =
  'Simpson, A., Quigley, J., Henry, S., & Hall, C. (2014). Evaluating the selection, training, and support of peer support workers in the United Kingdom. Journal of Psychosocial Nursing and Mental Health Services, 52(1), 31-40.';
const SIMPSON_2014_URL = 'https://doi.org/10.3928/02793695-20131126-03';

export const BENCHMARKS: readonly BenchmarkFigure[] = [
  {
    external: true,
    label: 'Simpson et al. (2014): peer support worker training completed, 13 of 18',
    measure: 'COMPLETION_RATE',
    numerator: 13,
    denominator: 18,
    rate: 0.72,
    source: SIMPSON_2014,
    url: SIMPSON_2014_URL,
  },
  {
    external: true,
    label: 'Simpson et al. (2014): successful trainees employed as peer support workers, 61%',
    measure: 'EMPLOYMENT_RATE',
    numerator: null,
    denominator: null,
    rate: 0.61,
    source: SIMPSON_2014,
    url: SIMPSON_2014_URL,
  },
];
