import { describe, expect, it } from 'vitest';
import { demoMeasures } from './demo-measures.ts';
import { demoFicheHistory } from './demo-fiches.ts';
import { demoBundleEstimates, demoBundles } from './demo-bundles.ts';
import {
  demoEffectivenessEstimates,
  demoScenarios,
  demoSectorRisks,
} from './demo-effectiveness.ts';
import { assertValidFiche } from '../fiches/fiche-validation.ts';
import { transitionStatus } from '../fiches/fiche-workflow.ts';
import type { FicheStatus } from '../fiches/fiche-workflow.ts';
import { validateEffectivenessRange } from '../effectiveness/effectiveness.ts';
import { validateBundle } from '../bundles/bundle.ts';
import { SECTORS } from '../fiches/impact-target.ts';

describe('demo fiches and OMT input', () => {
  const measures = demoMeasures();
  const history = demoFicheHistory();

  it('has a valid, demo-labelled fiche for every level above 0 of every demo measure', () => {
    const levels = measures.flatMap((m) =>
      m.levels.filter((l) => l.level > 0).map((l) => `${m.code}/${l.level}`),
    );
    const fiches = new Set(history.versions.map((v) => `${v.measureCode}/${v.level}`));
    expect([...fiches].sort()).toEqual([...levels].sort());
    for (const v of history.versions) {
      expect(v.demo).toBe(true);
      expect(v.content.summary).toMatch(/^\[Demo\]/);
      assertValidFiche(
        v,
        measures.find((m) => m.code === v.measureCode)!,
        v.content,
      );
    }
  });

  it('records transitions that replay, through the workflow, to each version’s status', () => {
    for (const v of history.versions) {
      let status: FicheStatus = 'draft';
      for (const t of history.transitions.filter(
        (t) => t.measureCode === v.measureCode && t.level === v.level && t.version === v.version,
      )) {
        expect(t.from).toBe(status);
        status = transitionStatus(status, t.to);
      }
      expect(status).toBe(v.status);
    }
    const adopted = history.versions.filter((v) => v.status === 'adopted');
    expect(new Set(adopted.map((v) => `${v.measureCode}/${v.level}`)).size).toBe(adopted.length);
    expect(new Set(history.versions.map((v) => v.status))).toEqual(
      new Set(['adopted', 'archived', 'in-review', 'draft']),
    );
  });

  it('is the same on every call', () => {
    expect(demoFicheHistory()).toEqual(history);
    expect(demoEffectivenessEstimates()).toEqual(demoEffectivenessEstimates());
  });

  it('estimates every measure-level in every scenario within valid ranges, and differs between scenarios', () => {
    const estimates = demoEffectivenessEstimates();
    expect(estimates).toHaveLength(
      history.versions.filter((v) => v.version === 1).length * demoScenarios().length,
    );
    for (const e of estimates) expect(validateEffectivenessRange(e)).toEqual([]);
    const of = (s: string) => estimates.filter((e) => e.scenarioCode === s).map((e) => e.estimate);
    expect(of('winter-delta')).not.toEqual(of('zomer-omikron'));
    expect(
      demoSectorRisks()
        .map((r) => r.sector)
        .sort(),
    ).toEqual([...SECTORS].sort());
  });

  it('has valid bundles, some with their own OMT estimate', () => {
    expect(demoBundles().length).toBeGreaterThanOrEqual(3);
    for (const b of demoBundles()) expect(validateBundle(b, measures)).toEqual([]);
    const codes = new Set(demoBundles().map((b) => b.code));
    const scenarios = new Set(demoScenarios().map((s) => s.code));
    for (const e of demoBundleEstimates()) {
      expect(codes.has(e.bundleCode) && scenarios.has(e.scenarioCode)).toBe(true);
      expect(validateEffectivenessRange(e)).toEqual([]);
    }
  });
});
