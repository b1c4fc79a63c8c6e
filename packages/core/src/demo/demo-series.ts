import type { Indicator } from '../indicators/indicator.ts';
import { periodTypeOfFrequency } from '../indicators/indicator.ts';
import type { ObservationInput } from '../observations/observation.ts';
import { periodContaining, shiftPeriod } from '../observations/period.ts';
import type { Period } from '../observations/period.ts';
import { NATIONAL_REGION_CODE } from '../regions/region.ts';
import type { RegionLevel } from '../regions/region.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * Generated demo series for the societal indicators that have no public data in
 * ../shared/data. They follow the rough shape of the crisis (a shock in spring 2020, a
 * larger one in the winter of 2020–21, a smaller one around December 2021) so that the
 * dashboard, signal values and trend marks have something to show. They are labelled demo
 * everywhere; the importers are how real series replace them.
 */
interface Profile {
  /** national value before the crisis (rates), or national count per period */
  base: number;
  /** change at the height of the crisis: absolute for rates, relative (0.3 = +30%) for counts */
  shock: number;
  /** relative noise per period */
  noise: number;
  /** relative spread between regions */
  spread: number;
  /** yearly drift, absolute for rates, relative for counts */
  drift?: number;
}

const PROFILES: Record<string, Profile> = {
  'unemployment-rate': { base: 3.4, shock: 1.3, noise: 0.02, spread: 0 },
  'unemployed-persons': { base: 330, shock: 0.38, noise: 0.02, spread: 0 },
  'labour-force': { base: 9600, shock: -0.01, noise: 0.002, spread: 0, drift: 0.01 },
  'social-assistance': { base: 24, shock: 2.5, noise: 0.01, spread: 0.35 },
  'unemployment-benefits': { base: 250_000, shock: 0.35, noise: 0.02, spread: 0.2 },
  bankruptcies: { base: 260, shock: -0.35, noise: 0.12, spread: 0.15 },
  'consumer-confidence': { base: -2, shock: -28, noise: 0.0, spread: 0 },
  'producer-confidence': { base: 4, shock: -22, noise: 0.0, spread: 0 },
  'gdp-growth': { base: 0.5, shock: -4, noise: 0.0, spread: 0 },
  'hospitality-turnover': { base: 118, shock: -0.55, noise: 0.03, spread: 0, drift: 0.02 },
  'retail-turnover': { base: 108, shock: -0.08, noise: 0.02, spread: 0, drift: 0.02 },
  'mental-unhealthy': { base: 12, shock: 4.5, noise: 0.03, spread: 0 },
  loneliness: { base: 10, shock: 3, noise: 0.02, spread: 0.25 },
  'life-satisfaction': { base: 87, shock: -6, noise: 0.005, spread: 0 },
  'suicide-prevention-contacts': { base: 14_000, shock: 0.45, noise: 0.05, spread: 0 },
  'school-absence-reports': { base: 9_000, shock: -0.4, noise: 0.08, spread: 0.3 },
  'early-school-leavers': { base: 1.9, shock: 0.5, noise: 0.03, spread: 0.3 },
  'learning-delay': { base: 0, shock: 6, noise: 0.0, spread: 0 },
  'trust-in-government': { base: 47, shock: -14, noise: 0.02, spread: 0 },
  'trust-in-others': { base: 60, shock: -3, noise: 0.01, spread: 0.08 },
  volunteering: { base: 49, shock: -7, noise: 0.01, spread: 0.1 },
  'domestic-violence-reports': { base: 125_000, shock: 0.12, noise: 0.03, spread: 0.25 },
  'registered-crime': { base: 67_000, shock: -0.12, noise: 0.04, spread: 0.3 },
  'public-order-incidents': { base: 30_000, shock: 0.6, noise: 0.06, spread: 0.35 },
  'corona-fines': { base: 0, shock: 9_000, noise: 0.1, spread: 0 },
  'postponed-care': { base: 100, shock: -28, noise: 0.02, spread: 0 },
};

const COUNT_UNITS = new Set(['count', 'index']);

/** How strongly the crisis weighed in a month, 0..1 (months since January 2020). */
const CRISIS_BY_MONTH = [
  0,
  0,
  0.6,
  1,
  0.9,
  0.6,
  0.4,
  0.35,
  0.5,
  0.75,
  0.85,
  0.95, // 2020
  1,
  0.95,
  0.85,
  0.8,
  0.6,
  0.4,
  0.3,
  0.3,
  0.3,
  0.4,
  0.6,
  0.75, // 2021
  0.6,
  0.35,
  0.15,
  0.05, // 2022 Q1
];

export function crisisIntensity(date: string): number {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const index = (y - 2020) * 12 + (m - 1);
  return index < 0 ? 0 : (CRISIS_BY_MONTH[index] ?? 0);
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface DemoRegion {
  code: string;
  level: RegionLevel;
  population: number;
}

export interface DemoSeriesOptions {
  from: string;
  to: string;
}

/** Bump when the generator changes, so that installations load the new series. */
export const DEMO_SERIES_VERSION = 1;

export const DEMO_SERIES_RANGE: DemoSeriesOptions = { from: '2019-01-01', to: '2024-03-31' };

function periods(type: Period['type'], from: string, to: string): Period[] {
  const out: Period[] = [];
  for (let p = periodContaining(type, from); p.end <= to; p = shiftPeriod(p, 1)) out.push(p);
  return out;
}

function round(value: number, unit: string): number {
  return unit === 'count' ? Math.round(value) : Math.round(value * 10) / 10;
}

/**
 * The demo observations of every indicator with demoSeries, nationally (independent of the
 * regions, so that the national series never changes when regions are added) and for each
 * region of its lowest level that is given. The newest period of each series is provisional.
 */
export function generateDemoSeries(
  indicators: readonly Indicator[],
  regions: readonly DemoRegion[],
  options: DemoSeriesOptions = DEMO_SERIES_RANGE,
): ObservationInput[] {
  const out: ObservationInput[] = [];
  const nationalPopulation =
    regions.find((r) => r.code === NATIONAL_REGION_CODE)?.population ?? 17_590_672;
  const unemploymentRate = new Map<string, number>();
  const labourForce = new Map<string, number>();
  // the unemployed are derived from the rate and the labour force, so they come last
  const ordered = [...indicators].sort(
    (a, b) => Number(a.code === 'unemployed-persons') - Number(b.code === 'unemployed-persons'),
  );
  for (const indicator of ordered) {
    const profile = PROFILES[indicator.code];
    if (!indicator.demoSeries || !profile) continue;
    const type = periodTypeOfFrequency(indicator.frequency);
    const isCount = COUNT_UNITS.has(indicator.unit);
    const random = seededRandom(hash(indicator.code));
    const all = periods(type, options.from, options.to);
    const national = all.map((period, n) => {
      const crisis = crisisIntensity(period.start);
      const years = n / (all.length / 5.25);
      const noise = (random.next() - 0.5) * 2 * profile.noise;
      const value = isCount
        ? profile.base *
          (1 + profile.shock * crisis) *
          (1 + (profile.drift ?? 0) * years) *
          (1 + noise)
        : profile.base +
          profile.shock * crisis +
          (profile.drift ?? 0) * years +
          noise * Math.abs(profile.base || 1);
      return { period, value };
    });
    const clamp = (v: number) =>
      Math.min(indicator.validMax ?? Infinity, Math.max(indicator.validMin ?? -Infinity, v));
    national.forEach(({ period, value }, n) => {
      let v = clamp(value);
      // the unemployed must be the rate times the labour force, as the definitions say
      if (indicator.code === 'unemployment-rate')
        unemploymentRate.set(period.key, round(v, indicator.unit));
      if (indicator.code === 'labour-force') labourForce.set(period.key, round(v, indicator.unit));
      if (indicator.code === 'unemployed-persons') {
        const labour = labourForce.get(period.key);
        const rate = unemploymentRate.get(period.key);
        if (labour !== undefined && rate !== undefined) v = (rate / 100) * labour;
      }
      out.push({
        indicatorCode: indicator.code,
        regionCode: NATIONAL_REGION_CODE,
        period,
        breakdown: '',
        value: round(v, indicator.unit),
        lower: null,
        upper: null,
        status: n === national.length - 1 ? 'provisional' : 'final',
      });
    });
    if (indicator.lowestLevel === 'land') continue;
    for (const region of regions.filter((r) => r.level === indicator.lowestLevel)) {
      const regional = seededRandom(hash(`${indicator.code}:${region.code}`));
      const factor = 1 + (regional.next() - 0.5) * 2 * profile.spread;
      national.forEach(({ period, value }, n) => {
        const noise = 1 + (regional.next() - 0.5) * 2 * profile.noise;
        const share =
          isCount && indicator.aggregation === 'sum' ? region.population / nationalPopulation : 1;
        out.push({
          indicatorCode: indicator.code,
          regionCode: region.code,
          period,
          breakdown: '',
          value: round(clamp(value * share * factor * noise), indicator.unit),
          lower: null,
          upper: null,
          status: n === national.length - 1 ? 'provisional' : 'final',
        });
      });
    }
  }
  return out;
}

/** Codes of demo indicators for which no profile exists (a test keeps this empty). */
export function demoIndicatorsWithoutProfile(indicators: readonly Indicator[]): string[] {
  return indicators.filter((i) => i.demoSeries && !PROFILES[i.code]).map((i) => i.code);
}
