/**
 * Municipal re-divisions (gemeentelijke herindelingen) between the CBS division of
 * 1 January 2019 and that of 2023. Source: CBS, "Gemeentelijke indeling op 1 januari"
 * 2020–2023 and its list of changes; the old and new codes are checked against
 * ../shared/data/nl-regions (2019 list and 2023 list) by the tests. The rule for using
 * them is in docs/decisions/0006 (observations keep their year's code; mapping is explicit).
 */
export interface MunicipalRedivision {
  /** the code that ceased to exist */
  oldCode: string;
  oldName: string;
  /** first year (1 January, or the date below) in which the old code no longer exists */
  effectiveYear: number;
  effectiveOn: string;
  /** 'merger': the whole old gemeente went into one new one; 'split': divided over several */
  kind: 'merger' | 'split';
  successors: { code: string; name: string; part: string | null }[];
}

type Spec = readonly [
  oldCode: string,
  oldName: string,
  effectiveOn: string,
  successors: readonly (readonly [code: string, name: string, part: string | null])[],
];

const SPECS: readonly Spec[] = [
  ['GM0003', 'Appingedam', '2021-01-01', [['GM1979', 'Eemsdelta', null]]],
  ['GM0010', 'Delfzijl', '2021-01-01', [['GM1979', 'Eemsdelta', null]]],
  ['GM0024', 'Loppersum', '2021-01-01', [['GM1979', 'Eemsdelta', null]]],
  [
    'GM0788',
    'Haaren',
    '2021-01-01',
    [
      ['GM0824', 'Oisterwijk', 'Haaren'],
      ['GM0855', 'Tilburg', 'Biezenmortel'],
      ['GM0757', 'Boxtel', 'Esch'],
      ['GM0865', 'Vught', 'Helvoirt'],
    ],
  ],
  ['GM0370', 'Beemster', '2022-01-01', [['GM0439', 'Purmerend', null]]],
  ['GM0398', 'Heerhugowaard', '2022-01-01', [['GM1980', 'Dijk en Waard', null]]],
  ['GM0416', 'Langedijk', '2022-01-01', [['GM1980', 'Dijk en Waard', null]]],
  ['GM0756', 'Boxmeer', '2022-01-01', [['GM1982', 'Land van Cuijk', null]]],
  ['GM1684', 'Cuijk', '2022-01-01', [['GM1982', 'Land van Cuijk', null]]],
  ['GM0786', 'Grave', '2022-01-01', [['GM1982', 'Land van Cuijk', null]]],
  ['GM0815', 'Mill en Sint Hubert', '2022-01-01', [['GM1982', 'Land van Cuijk', null]]],
  ['GM1702', 'Sint Anthonis', '2022-01-01', [['GM1982', 'Land van Cuijk', null]]],
  ['GM0856', 'Uden', '2022-01-01', [['GM1991', 'Maashorst', null]]],
  ['GM1685', 'Landerd', '2022-01-01', [['GM1991', 'Maashorst', null]]],
  // Weesp joined Amsterdam during the year, on 24 March 2022
  ['GM0457', 'Weesp', '2022-03-24', [['GM0363', 'Amsterdam', null]]],
  ['GM0501', 'Brielle', '2023-01-01', [['GM1992', 'Voorne aan Zee', null]]],
  ['GM0530', 'Hellevoetsluis', '2023-01-01', [['GM1992', 'Voorne aan Zee', null]]],
  ['GM0614', 'Westvoorne', '2023-01-01', [['GM1992', 'Voorne aan Zee', null]]],
];

export const MUNICIPAL_REDIVISIONS: readonly MunicipalRedivision[] = SPECS.map(
  ([oldCode, oldName, effectiveOn, successors]) => ({
    oldCode,
    oldName,
    effectiveOn,
    effectiveYear: Number(effectiveOn.slice(0, 4)),
    kind: successors.length === 1 ? 'merger' : 'split',
    successors: successors.map(([code, name, part]) => ({ code, name, part })),
  }),
);

/** How one code maps onto the current division, with the reason, so a UI can show it. */
export type DivisionMapping =
  | { kind: 'current'; code: string; explanation: string }
  | { kind: 'merged'; from: string; code: string; via: string[]; explanation: string }
  | { kind: 'split'; from: string; successors: string[]; explanation: string };

/**
 * Follows mergers forward until the code is current. A split is never mapped
 * automatically: without the shares of each part, any division of a count or a rate
 * would be invented.
 */
export function mapToCurrentDivision(
  code: string,
  redivisions: readonly MunicipalRedivision[] = MUNICIPAL_REDIVISIONS,
): DivisionMapping {
  const byOld = new Map(redivisions.map((r) => [r.oldCode, r]));
  let current = code;
  const via: string[] = [];
  for (let step = 0; step < redivisions.length + 1; step++) {
    const change = byOld.get(current);
    if (!change) {
      return via.length === 0
        ? { kind: 'current', code, explanation: `${code} is part of the current division.` }
        : {
            kind: 'merged',
            from: code,
            code: current,
            via,
            explanation: `${code} merged into ${current} (${via.join(' → ')}).`,
          };
    }
    if (change.kind === 'split') {
      const successors = change.successors.map((s) => s.code);
      return {
        kind: 'split',
        from: code,
        successors,
        explanation:
          `${change.oldCode} (${change.oldName}) was divided over ${successors.join(', ')} on ` +
          `${change.effectiveOn}; without the share of each part its figures are not mapped.`,
      };
    }
    const next = change.successors[0]!.code;
    via.push(`${change.effectiveOn}: ${change.oldCode} → ${next}`);
    current = next;
  }
  throw new Error(`the re-division list has a cycle through ${code}`);
}
