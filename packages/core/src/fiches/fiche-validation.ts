import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { isFundamentalRightId } from '../rights/fundamental-rights.ts';
import type { Measure } from '../measures/measure.ts';
import { EVIDENCE_GRADES, UNCERTAINTY_LEVELS, isImpactScore } from './impact-scale.ts';
import { parseTarget, targetKey } from './impact-target.ts';
import type { FicheContent, FicheKey } from './fiche.ts';

const MAX_TEXT = 4000;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Checks what a schema cannot: known codes, unique targets and rights, sources where the
 * evidence grade claims them. Each problem names its field under `prefix`.
 */
export function validateFicheContent(content: FicheContent, prefix = 'content'): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const fail = (name: string, reason: string, value?: unknown) =>
    problems.push({ name: `${prefix}.${name}`, reason, ...(value === undefined ? {} : { value }) });

  if (content.summary.trim() === '') fail('summary', 'must not be empty');
  if (content.summary.length > MAX_TEXT) fail('summary', `must be at most ${MAX_TEXT} characters`);
  if (content.impacts.length === 0) fail('impacts', 'must name at least one impact');

  const seenTargets = new Set<string>();
  content.impacts.forEach((impact, i) => {
    const at = `impacts.${i}`;
    const target = parseTarget(impact.target.kind, impact.target.code);
    if (!target) {
      fail(`${at}.target`, `unknown ${impact.target.kind} '${impact.target.code}'`, impact.target);
    } else {
      const key = targetKey(target);
      if (seenTargets.has(key)) fail(`${at}.target`, `${key} is judged twice in this fiche`, key);
      seenTargets.add(key);
    }
    if (!isImpactScore(impact.shortTerm))
      fail(`${at}.shortTerm`, 'must be an integer from -3 to 3', impact.shortTerm);
    if (!isImpactScore(impact.longTerm))
      fail(`${at}.longTerm`, 'must be an integer from -3 to 3', impact.longTerm);
    if (!EVIDENCE_GRADES.includes(impact.evidence))
      fail(`${at}.evidence`, `must be one of ${EVIDENCE_GRADES.join(', ')}`, impact.evidence);
    if (!UNCERTAINTY_LEVELS.includes(impact.uncertainty))
      fail(
        `${at}.uncertainty`,
        `must be one of ${UNCERTAINTY_LEVELS.join(', ')}`,
        impact.uncertainty,
      );
    if (impact.explanation.trim() === '') fail(`${at}.explanation`, 'must not be empty');
    if (
      (impact.evidence === 'strong' || impact.evidence === 'moderate') &&
      impact.sources.length === 0
    )
      fail(`${at}.sources`, `evidence graded '${impact.evidence}' must cite at least one source`);
    impact.sources.forEach((source, j) => {
      if (source.citation.trim() === '') fail(`${at}.sources.${j}.citation`, 'must not be empty');
      if (source.url !== null && !isHttpUrl(source.url))
        fail(`${at}.sources.${j}.url`, 'must be an http(s) link or null', source.url);
    });
    impact.mitigations.forEach((m, j) => {
      if (m.trim() === '') fail(`${at}.mitigations.${j}`, 'must not be empty');
    });
  });

  const seenRights = new Set<string>();
  content.rights.forEach((right, i) => {
    if (!isFundamentalRightId(right.rightId))
      fail(
        `rights.${i}.rightId`,
        'is not in the reference list of fundamental rights',
        right.rightId,
      );
    if (seenRights.has(right.rightId))
      fail(`rights.${i}.rightId`, 'is cited twice in this fiche', right.rightId);
    seenRights.add(right.rightId);
    if (right.note.trim() === '') fail(`rights.${i}.note`, 'must say how the right is touched');
  });
  return problems;
}

/**
 * A fiche belongs to an existing level above 0: level 0 is "no measure", the reference
 * every impact is judged against, so it has no fiche of its own.
 */
export function validateFicheKey(key: FicheKey, measure: Measure): InvalidParam[] {
  if (key.level === 0)
    return [
      {
        name: 'level',
        reason: 'level 0 is the reference (no measure) that impacts are judged against',
        value: 0,
      },
    ];
  if (!measure.levels.some((l) => l.level === key.level))
    return [
      {
        name: 'level',
        reason: `measure '${measure.code}' has levels ${measure.levels.map((l) => l.level).join(', ')}`,
        value: key.level,
      },
    ];
  return [];
}

export function assertValidFiche(key: FicheKey, measure: Measure, content: FicheContent): void {
  const problems = [...validateFicheKey(key, measure), ...validateFicheContent(content)];
  if (problems.length > 0)
    throw invalidInput(`The fiche for ${key.measureCode} level ${key.level} is invalid.`, problems);
}
