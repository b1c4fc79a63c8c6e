import type { AdvisoryReport } from './advisory-report.ts';

export interface CoverageCheck {
  requestScope: string[];
  omtReportId: string | null;
  mitReportId: string | null;
  inBoth: string[];
  onlyOmt: string[];
  onlyMit: string[];
  /** in the request's scope, but neither advice covers it */
  coveredByNeither: string[];
  /** true when both advices cover exactly the same measures */
  aligned: boolean;
  explanation: string[];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * Where the OMT's and the MIT's advice do not cover the same measures (seed 000: their
 * advice should cover the same measures). Only the measure codes are compared, never the
 * text, so the check reveals nothing confidential and can run before the ACC.
 */
export function checkCoverage(
  requestScope: readonly string[],
  omt: Pick<AdvisoryReport, 'id' | 'measureCodes'> | null,
  mit: Pick<AdvisoryReport, 'id' | 'measureCodes'> | null,
): CoverageCheck {
  const o = new Set(omt?.measureCodes ?? []);
  const m = new Set(mit?.measureCodes ?? []);
  const inBoth = sorted([...o].filter((c) => m.has(c)));
  const onlyOmt = sorted([...o].filter((c) => !m.has(c)));
  const onlyMit = sorted([...m].filter((c) => !o.has(c)));
  const coveredByNeither = sorted(requestScope.filter((c) => !o.has(c) && !m.has(c)));
  const explanation: string[] = [];
  if (!omt) explanation.push('there is no OMT advice on this request yet');
  if (!mit) explanation.push('there is no MIT advice on this request yet');
  if (onlyOmt.length > 0) explanation.push(`only the OMT covers: ${onlyOmt.join(', ')}`);
  if (onlyMit.length > 0) explanation.push(`only the MIT covers: ${onlyMit.join(', ')}`);
  if (coveredByNeither.length > 0) {
    explanation.push(
      `in the request's scope but covered by neither: ${coveredByNeither.join(', ')}`,
    );
  }
  const aligned = omt !== null && mit !== null && onlyOmt.length === 0 && onlyMit.length === 0;
  if (aligned) explanation.push(`both advices cover the same ${inBoth.length} measures`);
  return {
    requestScope: sorted(requestScope),
    omtReportId: omt?.id ?? null,
    mitReportId: mit?.id ?? null,
    inBoth,
    onlyOmt,
    onlyMit,
    coveredByNeither,
    aligned,
    explanation,
  };
}
