import type { FicheContent, FicheImpact } from './fiche.ts';

/** Small hand-made fiches for engine tests; shared by the tests of several engines. */
export function impact(
  kind: 'domain' | 'group' | 'sector',
  code: string,
  shortTerm: number,
  longTerm = shortTerm,
  over: Partial<FicheImpact> = {},
): FicheImpact {
  return {
    target: { kind, code } as FicheImpact['target'],
    shortTerm: shortTerm as FicheImpact['shortTerm'],
    longTerm: longTerm as FicheImpact['longTerm'],
    evidence: 'strong',
    uncertainty: 'low',
    explanation: 'test',
    sources: [{ citation: 'Test source', url: 'https://example.org/source' }],
    mitigations: [],
    ...over,
  };
}

export function content(impacts: FicheImpact[], rights: FicheContent['rights'] = []): FicheContent {
  return { summary: 'Test fiche', impacts, rights };
}
