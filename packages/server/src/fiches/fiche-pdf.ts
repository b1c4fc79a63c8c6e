import PDFDocument from 'pdfkit';
import {
  IMPACT_TARGET_KINDS,
  RIGHTS_INSTRUMENT_INFO,
  findFundamentalRight,
  isMessageKey,
  translate,
} from '@weegschaal/core';
import type { FicheVersion, Locale, Measure, MessageKey } from '@weegschaal/core';

/**
 * A fiche version as a PDF factsheet, drawn with PDFKit on the server. Chosen over printing
 * the web page with a headless browser: no browser is needed where the server runs, and the
 * document comes straight from the stored version. The built-in Helvetica needs no font
 * files but only covers Windows-1252, so a few typographic characters are replaced.
 */
const BLUE = '#154273';
const LIGHT_BLUE = '#007bc7';
const RED = '#b51f14';
const GREEN = '#275d08';

const KIND_HEADINGS = {
  domain: 'ladder.domains',
  group: 'ladder.groups',
  sector: 'ladder.sectors',
} as const;

// Windows-1252 characters above 0xff that Helvetica does have: en dash, em dash, euro
const EXTRA = new Set(['\u2013', '\u2014', '\u20ac']);

export function winAnsi(text: string): string {
  const replaced = text
    .replace(/[\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2026/g, '...');
  return [...replaced].map((ch) => (ch.charCodeAt(0) <= 0xff || EXTRA.has(ch) ? ch : '?')).join('');
}

const signed = (v: number) => (v > 0 ? `+${v}` : String(v));

/** A4 document with the government band (issuer left, kind of document right) and headings. */
export interface PdfCanvas {
  doc: InstanceType<typeof PDFDocument>;
  /** resolves with the bytes once doc.end() was called */
  done: Promise<Buffer>;
  left: number;
  width: number;
  heading: (text: string, size?: number) => void;
}

export function openA4Pdf(
  locale: Locale,
  meta: { title: string; author: string; kind: string },
): PdfCanvas {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 40, bottom: 50, left: 50, right: 50 },
    lang: locale === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, Subject: meta.kind, Creator: 'Weegschaal' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  // the band: issuer left, kind of document right, as on government factsheets
  doc.rect(left, 40, width, 30).fill(BLUE);
  doc.rect(left, 40, 8, 30).fill(LIGHT_BLUE);
  doc
    .fillColor('white')
    .font('Helvetica-Bold')
    .fontSize(10)
    .text(winAnsi(translate(locale, 'fiche.issuer')), left + 18, 50, { lineBreak: false });
  doc.font('Helvetica').text(meta.kind, left, 50, { width: width - 10, align: 'right' });
  doc.y = 85;

  const heading = (text: string, size = 13) => {
    doc
      .moveDown(0.5)
      .fillColor(BLUE)
      .font('Helvetica-Bold')
      .fontSize(size)
      .text(text, left, doc.y, { width });
    doc.moveDown(0.2).fillColor('black').font('Helvetica').fontSize(9.5);
  };
  return { doc, done, left, width, heading };
}

export function renderFichePdf(
  version: FicheVersion,
  measure: Measure,
  locale: Locale,
): Promise<Buffer> {
  const t = (key: MessageKey) => winAnsi(translate(locale, key));
  const td = (key: string) => (isMessageKey(key) ? t(key) : key);
  const level = measure.levels.find((l) => l.level === version.level);
  const measureName = winAnsi(locale === 'nl' ? measure.nameNl : measure.nameEn);
  const levelName = winAnsi(
    level ? (locale === 'nl' ? level.descriptionNl : level.descriptionEn) : '',
  );

  const { doc, done, left, width, heading } = openA4Pdf(locale, {
    title: `${t('fiche.factsheet')}: ${measureName}, ${t('analysis.level').toLowerCase()} ${version.level}`,
    author: winAnsi(version.author),
    kind: t('fiche.factsheet'),
  });

  doc.fillColor(BLUE).font('Helvetica-Bold').fontSize(18).text(measureName, left, 85, { width });
  doc
    .fillColor('black')
    .font('Helvetica')
    .fontSize(11)
    .text(`${t('analysis.level')} ${version.level}: ${levelName}`);
  doc.moveDown(0.4).fontSize(9);
  doc.text(
    `${t('fiche.version')} ${version.version} (${td(`ficheStatus.${version.status}`)}) - ` +
      winAnsi(
        translate(locale, 'fiche.createdBy')
          .replace('{author}', version.author)
          .replace('{date}', version.createdAt.slice(0, 10)),
      ),
  );
  if (version.demo) doc.fillColor('#7a4d00').text(t('demo.banner')).fillColor('black');
  doc
    .moveTo(left, doc.y + 4)
    .lineTo(left + width, doc.y + 4)
    .lineWidth(1.5)
    .strokeColor(BLUE)
    .stroke();
  doc.moveDown(1);

  heading(t('fiche.summary'));
  doc.text(winAnsi(version.content.summary), { width });
  heading(t('fiche.impacts'));
  doc.fontSize(8.5).fillColor('#4f4f4f').text(t('fiche.scale'), { width }).fillColor('black');

  for (const kind of IMPACT_TARGET_KINDS) {
    const impacts = version.content.impacts.filter((i) => i.target.kind === kind);
    if (impacts.length === 0) continue;
    heading(t(KIND_HEADINGS[kind]), 11);
    const header = (text: string) => ({
      text,
      font: { src: 'Helvetica-Bold', size: 8.5 },
      type: 'TH' as const,
      backgroundColor: '#e8eef4',
    });
    const score = (v: number) => ({
      text: signed(v),
      font: { src: 'Helvetica-Bold', size: 9 },
      textColor: v < 0 ? RED : v > 0 ? GREEN : 'black',
    });
    doc.table({
      columnStyles: [95, 45, 45, 85, '*'],
      defaultStyle: { padding: 3, border: 0.5, borderColor: '#b4b4b4' },
      data: [
        [
          header(t('fiche.target')),
          header(t('fiche.shortTerm')),
          header(t('fiche.longTerm')),
          header(t('fiche.evidence')),
          header(t('fiche.explanationCol')),
        ],
        ...impacts.map((i) => [
          { text: td(`${i.target.kind}.${i.target.code}`), font: { size: 9 } },
          score(i.shortTerm),
          score(i.longTerm),
          {
            text: `${td(`evidence.${i.evidence}`)}\n${td(`uncertainty.${i.uncertainty}`)}`,
            font: { size: 8.5 },
          },
          {
            text: winAnsi(
              [
                i.explanation,
                i.sources.length > 0
                  ? `${translate(locale, 'fiche.sources')}: ${i.sources.map((s) => (s.url ? `${s.citation} (${s.url})` : s.citation)).join('; ')}`
                  : '',
                i.mitigations.length > 0
                  ? `${translate(locale, 'fiche.mitigations')}: ${i.mitigations.join(' ')}`
                  : '',
              ]
                .filter((p) => p !== '')
                .join('\n'),
            ),
            font: { size: 8.5 },
          },
        ]),
      ],
    });
  }

  heading(t('fiche.rights'));
  if (version.content.rights.length === 0) doc.text(t('fiche.noRights'));
  for (const r of version.content.rights) {
    const right = findFundamentalRight(r.rightId);
    const instrument = RIGHTS_INSTRUMENT_INFO.find((i) => i.instrument === right?.instrument);
    const title = right
      ? `${td(`instrument.${right.instrument}`)} ${t('fiche.article')} ${right.article} - ${winAnsi(locale === 'nl' ? right.titleNl : right.titleEn)}`
      : r.rightId;
    doc
      .font('Helvetica-Bold')
      .text(title, { continued: true })
      .font('Helvetica')
      .text(`: ${winAnsi(r.note)}`);
    if (instrument)
      doc.fontSize(8).fillColor('#4f4f4f').text(instrument.url).fillColor('black').fontSize(9.5);
    doc.moveDown(0.2);
  }

  doc.end();
  return done;
}
