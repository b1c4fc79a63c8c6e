/**
 * Two attention areas the MIT's advice on signals of discontent names explicitly
 * (seed 002: "GROS- en krimpgebieden"). Neither list is in ../shared/data, so they are
 * encoded here, per gemeente in the 2023 division; docs/decisions/0006 says how they were
 * compiled and how sure we are. A storage test checks every code against the 2023 list.
 */

/**
 * Krimpregio's as designated by the Rijk (BZK) in "Indeling gemeenten krimpregio's en
 * anticipeerregio's per 1 januari 2019" (Rijksoverheid, 25 July 2019): the nine
 * krimpregio's, expressed in the gemeenten of 2023. Anticipeerregio's are not flagged.
 */
export const SHRINKING_REGIONS: readonly { region: string; gemeenten: readonly string[] }[] = [
  {
    region: 'Achterhoek',
    gemeenten: ['GM0197', 'GM1859', 'GM1876', 'GM0222', 'GM1955', 'GM1586', 'GM1509', 'GM0294'],
  },
  { region: 'Eemsdelta', gemeenten: ['GM1979'] },
  { region: 'Het Hogeland', gemeenten: ['GM1966'] },
  {
    region: 'Oost-Groningen',
    gemeenten: ['GM1895', 'GM0765', 'GM0037', 'GM0047', 'GM1950', 'GM1952'],
  },
  { region: 'Noordoost-Fryslân', gemeenten: ['GM0059', 'GM1891', 'GM1970', 'GM0737'] },
  {
    region: 'Parkstad Limburg',
    gemeenten: ['GM1954', 'GM0899', 'GM0917', 'GM0928', 'GM0882', 'GM0965', 'GM0986'],
  },
  { region: 'Westelijke Mijnstreek', gemeenten: ['GM0888', 'GM1883', 'GM0971'] },
  {
    region: 'Maastricht-Heuvelland',
    gemeenten: ['GM1903', 'GM1729', 'GM0935', 'GM0938', 'GM0981', 'GM0994'],
  },
  { region: 'Zeeuws-Vlaanderen', gemeenten: ['GM0677', 'GM1714', 'GM0715'] },
];

/**
 * Gemeenten (2023) with a land border with Germany or Belgium, the area of the Rijk's
 * cross-border cooperation policy (GROS, grensoverschrijdende samenwerking). Compiled from
 * the municipal boundaries; each code lies on the national outline of the 2023 map.
 */
export const BORDER_GEMEENTEN: readonly {
  border: 'DE' | 'BE' | 'DE+BE';
  codes: readonly string[];
}[] = [
  {
    border: 'DE',
    codes: [
      'GM1895', // Oldambt
      'GM1950', // Westerwolde
      'GM0114', // Emmen
      'GM0109', // Coevorden
      'GM0160', // Hardenberg
      'GM0183', // Tubbergen
      'GM1774', // Dinkelland
      'GM0168', // Losser
      'GM0153', // Enschede
      'GM0158', // Haaksbergen
      'GM1859', // Berkelland
      'GM0294', // Winterswijk
      'GM0197', // Aalten
      'GM1509', // Oude IJsselstreek
      'GM1955', // Montferland
      'GM0299', // Zevenaar
      'GM1945', // Berg en Dal
      'GM0907', // Gennep
      'GM0893', // Bergen (L.)
      'GM0983', // Venlo
      'GM0889', // Beesel
      'GM0957', // Roermond
      'GM1669', // Roerdalen
      'GM1954', // Beekdaelen
      'GM0899', // Brunssum
      'GM0882', // Landgraaf
      'GM0928', // Kerkrade
      'GM0965', // Simpelveld
    ],
  },
  {
    border: 'DE+BE',
    codes: [
      'GM1711', // Echt-Susteren
      'GM1883', // Sittard-Geleen
      'GM0981', // Vaals
    ],
  },
  {
    border: 'BE',
    codes: [
      'GM1729', // Gulpen-Wittem
      'GM1903', // Eijsden-Margraten
      'GM0935', // Maastricht
      'GM0938', // Meerssen
      'GM0971', // Stein (L.)
      'GM1641', // Maasgouw
      'GM1640', // Leudal
      'GM0988', // Weert
      'GM1706', // Cranendonck
      'GM0858', // Valkenswaard
      'GM1724', // Bergeijk
      'GM1728', // Bladel
      'GM1667', // Reusel-De Mierden
      'GM0798', // Hilvarenbeek
      'GM0785', // Goirle
      'GM0744', // Baarle-Nassau
      'GM1723', // Alphen-Chaam
      'GM0758', // Breda
      'GM0879', // Zundert
      'GM1674', // Roosendaal
      'GM0873', // Woensdrecht
      'GM0677', // Hulst
      'GM0715', // Terneuzen
      'GM1714', // Sluis
    ],
  },
];

const shrinking = new Set(SHRINKING_REGIONS.flatMap((r) => r.gemeenten));
const border = new Set(BORDER_GEMEENTEN.flatMap((b) => b.codes));

export function isShrinkingGemeente(code: string): boolean {
  return shrinking.has(code);
}

export function isBorderGemeente(code: string): boolean {
  return border.has(code);
}
