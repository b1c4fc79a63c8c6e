import { translate } from '@weegschaal/core';
import type { FrameworkRationale, Locale, MessageKey } from '@weegschaal/core';
import { openA4Pdf, winAnsi } from '../fiches/fiche-pdf.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The consistency ratio of an AHP weight set's explanation; null for other methods. */
export function ahpConsistencyRatio(explanation: unknown): number | null {
  const e = explanation as { method?: string; consistency?: { cr?: number | null } } | null;
  return e?.method === 'ahp' ? (e.consistency?.cr ?? null) : null;
}
const RULE_NAMES: Record<string, string> = {
  mavt: 'MAVT',
  topsis: 'TOPSIS',
  'promethee-ii': 'PROMETHEE II',
};

/**
 * The rationale of a framework version as a PDF an advice can attach: version, weight set
 * and method, the rankings side by side, the sensitivity and SMAA result, and every cell's
 * source and author. Drawn with the same band and headings as the fiche factsheet.
 */
export function renderRationalePdf(r: FrameworkRationale, locale: Locale): Promise<Buffer> {
  const t = (key: MessageKey) => winAnsi(translate(locale, key));
  const name = winAnsi(locale === 'nl' ? r.framework.nameNl : r.framework.nameEn);
  const criterionName = (id: string) => {
    const c = r.criteria.find((x) => x.id === id);
    return winAnsi(c ? (locale === 'nl' ? c.nameNl : c.nameEn) : id);
  };
  const { doc, done, left, width, heading } = openA4Pdf(locale, {
    title: `${t('weighing.rationale')}: ${name}, ${t('weighing.version').toLowerCase()} ${r.framework.version}`,
    author: winAnsi(r.weightSet.author),
    kind: t('weighing.rationale'),
  });
  const th = (text: string) => ({
    text,
    font: { src: 'Helvetica-Bold', size: 8.5 },
    type: 'TH' as const,
    backgroundColor: '#e8eef4',
  });
  const td = (text: string) => ({ text: winAnsi(text), font: { size: 8.5 } });
  const table = (columnStyles: (number | string)[], header: string[], rows: string[][]) =>
    doc.table({
      columnStyles,
      defaultStyle: { padding: 3, border: 0.5, borderColor: '#b4b4b4' },
      data: [header.map(th), ...rows.map((row) => row.map(td))],
    });

  doc.fillColor('#154273').font('Helvetica-Bold').fontSize(18).text(name, left, 85, { width });
  doc.fillColor('black').font('Helvetica').fontSize(10);
  doc.text(
    `${t('weighing.version')} ${r.framework.version} (${t(`frameworkStatus.${r.framework.status}` as MessageKey)})` +
      (r.framework.publishedAt ? `, ${r.framework.publishedAt.slice(0, 10)}` : '') +
      ` - ${winAnsi(r.framework.author)}`,
  );
  if (r.framework.demo) doc.fillColor('#7a4d00').text(t('demo.banner')).fillColor('black');

  heading(t('weighing.methodAndWeights'));
  doc.text(
    `${t('weighing.weightSet')}: ${winAnsi(r.weightSet.label)} (${t(`weightMethod.${r.weightSet.method}` as MessageKey)}) - ${winAnsi(r.weightSet.author)}`,
  );
  if (r.weightSet.rationale) doc.text(winAnsi(r.weightSet.rationale), { width });
  const cr = ahpConsistencyRatio(r.weightSet.explanation);
  if (cr !== null) doc.text(`${t('weighing.cr')}: ${cr.toFixed(3)}`);
  for (const w of r.weightSet.warnings)
    doc.fillColor('#b51f14').text(winAnsi(w)).fillColor('black');
  doc.moveDown(0.3);
  table(
    ['*', 40, 50, '*'],
    [t('weighing.criterion'), t('weighing.side'), t('weighing.weight'), t('weighing.rights')],
    r.criteria.map((c) => [
      locale === 'nl' ? c.nameNl : c.nameEn,
      c.side.toUpperCase(),
      pct(c.weight),
      c.rights.map((x) => `${x.id} ${locale === 'nl' ? x.titleNl : x.titleEn}`).join('; '),
    ]),
  );

  heading(t('weighing.rankings'));
  const sbs = r.rankings.sideBySide;
  doc.text(winAnsi(sbs.notice), { width });
  doc.moveDown(0.3);
  table(
    [40, '*', ...sbs.mitRankings.map(() => '*')],
    [
      t('weighing.rank'),
      t('weighing.omtRanking'),
      ...sbs.mitRankings.map((m) => `MIT ${RULE_NAMES[m.rule] ?? m.rule}`),
    ],
    sbs.omt.ranking.map((o, i) => [
      String(i + 1),
      `${o.alternativeId} (${o.score.toFixed(3)})`,
      ...sbs.mitRankings.map((m) => {
        const e = m.ranking[i];
        return e ? `${e.alternativeId} (${e.score.toFixed(3)})` : '';
      }),
    ]),
  );

  heading(t('weighing.sensitivity'));
  const s = r.rankings.sensitivity;
  table(
    ['*', 50, 80, '*'],
    [t('weighing.criterion'), t('weighing.weight'), t('weighing.topStays'), t('weighing.flips')],
    s.criteria.map((c) => [
      criterionName(c.criterionId),
      pct(c.currentWeight),
      `${pct(c.topStays.from)} - ${pct(c.topStays.to)}`,
      [
        c.flipBelow ? `< ${pct(c.flipBelow.weight)}: ${c.flipBelow.newTop}` : '',
        c.flipAbove ? `> ${pct(c.flipAbove.weight)}: ${c.flipAbove.newTop}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    ]),
  );

  heading(t('weighing.smaa'));
  const smaa = r.smaa.result;
  doc.text(`${smaa.samples} ${t('weighing.samples')}, seed ${smaa.seed}`);
  doc.moveDown(0.3);
  table(
    ['*', 90, 90],
    [t('weighing.package'), t('weighing.firstRank'), t('weighing.confidence')],
    smaa.alternatives.map((a, i) => [
      a,
      pct(smaa.rankAcceptability[i]![0]!),
      smaa.confidenceFactors[i] === null ? '-' : pct(smaa.confidenceFactors[i]!),
    ]),
  );

  heading(t('weighing.statements'));
  for (const line of r.statements[locale]) doc.text(`- ${winAnsi(line)}`, { width });

  heading(t('weighing.sources'));
  table(
    [70, 90, 35, '*', 80],
    [
      t('weighing.package'),
      t('weighing.criterion'),
      t('weighing.score'),
      t('weighing.source'),
      t('weighing.author'),
    ],
    r.cells.map((c) => [
      c.packageCode,
      criterionName(c.criterionId),
      String(c.value),
      `${c.source}${c.rationale ? `\n${c.rationale}` : ''}`,
      c.author,
    ]),
  );

  doc.end();
  return done;
}
