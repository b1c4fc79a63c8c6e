import type { Locale } from '../i18n/messages.ts';
import type { FrameworkRecord } from './criteria-tree.ts';
import type { LexicographicResult } from './lexicographic.ts';
import type { SideBySideResult } from './side-by-side.ts';
import type { WeightSensitivityResult } from './weight-sensitivity.ts';
import type { SmaaResult } from './smaa.ts';

export interface RationaleStatementsInput {
  framework: Pick<FrameworkRecord, 'code' | 'version' | 'status' | 'publishedAt'>;
  weightSet: { label: string; method: string; author: string };
  sideBySide: SideBySideResult;
  lexicographicNote: string | null;
  sensitivity: WeightSensitivityResult;
  smaa: { result: SmaaResult; weightInformation: string };
  /** criterion names in both languages, for the sensitivity sentences */
  criterionName: (id: string, locale: Locale) => string;
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

/**
 * The sentences an advice can quote, in Dutch and in English, built from the same numbers.
 * Written per language (not translated word by word) because the MIT advises in Dutch; the
 * engines' own one-line summaries are English and are rebuilt here from their structured
 * results, so no English phrase leaks into the Dutch text.
 */
export function rationaleStatements(input: RationaleStatementsInput): Record<Locale, string[]> {
  return { nl: statements('nl', input), en: statements('en', input) };
}

function statements(locale: Locale, input: RationaleStatementsInput): string[] {
  const { framework: f, weightSet: w, sideBySide: sbs, sensitivity: s, smaa } = input;
  const nl = locale === 'nl';
  const status = nl
    ? { draft: 'concept', published: 'vastgesteld', superseded: 'vervangen' }[f.status]
    : f.status;
  const published = f.publishedAt
    ? nl
      ? `, vastgesteld ${f.publishedAt.slice(0, 10)}`
      : `, published ${f.publishedAt.slice(0, 10)}`
    : '';
  const mitTop = sbs.mitRankings.map((r) => `${r.rule}: ${r.ranking[0]!.alternativeId}`).join(', ');
  const lex = sbs.lexicographic;
  return [
    nl
      ? `Afwegingskader ${f.code} versie ${f.version} (${status}${published}), gewogen met gewichtenset "${w.label}" (${w.method}) van ${w.author}.`
      : `Framework ${f.code} version ${f.version} (${status}${published}), weighed with weight set "${w.label}" (${w.method}) by ${w.author}.`,
    (nl ? 'OMT-rangorde naar effectiviteit: ' : 'OMT ranking by effectiveness: ') +
      `${sbs.omt.ranking.map((r) => r.alternativeId).join(' > ')}.`,
    nl
      ? `MIT-rangorde naar maatschappelijke impact en waarden, beste eerst per regel — ${mitTop}; de regels zijn het ${sbs.mitRulesAgreeOnTop ? 'eens' : 'niet eens'} over het beste pakket.`
      : `MIT ranking by societal impact and values, best first per rule — ${mitTop}; the rules ${sbs.mitRulesAgreeOnTop ? 'agree' : 'do not agree'} on the best package.`,
    nl
      ? 'De OMT-rangorde (effectiviteit) en de MIT-rangorde (maatschappelijke impact en waarden) zijn apart berekend en staan naast elkaar; ze worden nooit tot één score samengevoegd.'
      : sbs.notice,
    ...(lex ? [lexicographicSentence(locale, lex)] : []),
    ...(!lex && input.lexicographicNote
      ? [
          nl
            ? input.lexicographicNote === 'No required effectiveness level was given.'
              ? 'Er is geen vereist effectiviteitsniveau opgegeven.'
              : `Lexicografische regel niet toegepast: ${input.lexicographicNote}`
            : input.lexicographicNote,
        ]
      : []),
    ...s.criteria.map((c) => {
      const name = input.criterionName(c.criterionId, locale);
      const range = `${pct(c.topStays.from)} ${nl ? 'en' : 'and'} ${pct(c.topStays.to)}`;
      return nl
        ? `${name}: ${s.currentTop} blijft het beste zolang dit gewicht tussen ${range} ligt (nu ${pct(c.currentWeight)})` +
            (c.flipBelow ? `; daaronder neemt ${c.flipBelow.newTop} het over` : '') +
            (c.flipAbove ? `; daarboven neemt ${c.flipAbove.newTop} het over` : '') +
            '.'
        : `${name}: ${s.currentTop} stays best while this weight is between ${range} (now ${pct(c.currentWeight)})` +
            (c.flipBelow ? `; below it ${c.flipBelow.newTop} takes over` : '') +
            (c.flipAbove ? `; above it ${c.flipAbove.newTop} takes over` : '') +
            '.';
    }),
    `SMAA-2 (${smaa.result.samples} ${nl ? 'trekkingen' : 'samples'}, seed ${smaa.result.seed}, ${nl ? 'gewichten' : 'weights'}: ${smaa.weightInformation}): ` +
      smaa.result.alternatives
        .map(
          (a, i) =>
            `${a} ${nl ? 'eerste in' : 'first in'} ${pct(smaa.result.rankAcceptability[i]![0]!)}`,
        )
        .join(', ') +
      '.',
  ];
}

function lexicographicSentence(locale: Locale, lex: LexicographicResult): string {
  const m = lex.qualifying.length + lex.excluded.length;
  if (locale === 'en') return lex.summary;
  const basis =
    lex.basis === 'low' ? 'de pessimistische kant van de bandbreedte' : 'de centrale schatting';
  return lex.qualifying.length === 0
    ? `Geen pakket haalt de vereiste effectiviteit ${lex.requiredLevel} op ${basis}; het dichtst erbij komt ${lex.excluded[0]?.alternativeId ?? 'geen'}.`
    : `${lex.qualifying.length} van de ${m} pakketten halen de vereiste effectiviteit ${lex.requiredLevel} op ${basis}; daarvan heeft ${lex.qualifying[0]!.alternativeId} de minste maatschappelijke impact.`;
}
