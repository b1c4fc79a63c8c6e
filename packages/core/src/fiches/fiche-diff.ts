import { targetKey } from './impact-target.ts';
import type { FicheContent } from './fiche.ts';

export type FicheChangeKind = 'added' | 'removed' | 'changed';

export interface FicheChange {
  /** e.g. 'summary', 'impacts[group:elderly].shortTerm', 'rights[echr-8].note' */
  path: string;
  kind: FicheChangeKind;
  before: unknown;
  after: unknown;
}

export interface FicheDiff {
  changes: FicheChange[];
  /** impacts added, removed or changed, keyed like 'group:elderly' */
  impactsTouched: string[];
}

/**
 * Flattens a fiche into path → value so that two versions compare field by field.
 * Impacts are keyed by their target and rights by id, not by position, so reordering
 * a list is not reported as a change.
 */
function flatten(content: FicheContent): Map<string, unknown> {
  const out = new Map<string, unknown>();
  out.set('summary', content.summary);
  for (const impact of content.impacts) {
    const base = `impacts[${targetKey(impact.target)}]`;
    out.set(`${base}.shortTerm`, impact.shortTerm);
    out.set(`${base}.longTerm`, impact.longTerm);
    out.set(`${base}.evidence`, impact.evidence);
    out.set(`${base}.uncertainty`, impact.uncertainty);
    out.set(`${base}.explanation`, impact.explanation);
    out.set(
      `${base}.sources`,
      impact.sources.map((s) => (s.url ? `${s.citation} <${s.url}>` : s.citation)),
    );
    out.set(`${base}.mitigations`, [...impact.mitigations]);
  }
  for (const right of content.rights) out.set(`rights[${right.rightId}].note`, right.note);
  return out;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function diffFicheContent(before: FicheContent, after: FicheContent): FicheDiff {
  const a = flatten(before);
  const b = flatten(after);
  const changes: FicheChange[] = [];
  for (const [path, value] of a) {
    if (!b.has(path)) changes.push({ path, kind: 'removed', before: value, after: null });
    else if (!same(value, b.get(path)))
      changes.push({ path, kind: 'changed', before: value, after: b.get(path) });
  }
  for (const [path, value] of b)
    if (!a.has(path)) changes.push({ path, kind: 'added', before: null, after: value });
  const impactsTouched = [
    ...new Set(
      changes
        .map((c) => /^impacts\[([^\]]+)\]/.exec(c.path)?.[1])
        .filter((k): k is string => k !== undefined),
    ),
  ].sort();
  return { changes, impactsTouched };
}
