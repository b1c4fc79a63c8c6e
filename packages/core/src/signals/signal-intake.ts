import type { InvalidParam } from '../errors/domain-error.ts';
import { scrubPersonalData } from './pii-scrubber.ts';
import type { ScrubReport, Signal } from './signal.ts';
import {
  KNOWLEDGE_SOURCES,
  SIGNAL_DOMAINS,
  TARGET_GROUPS,
  isKnowledgeSource,
  isSignalDomain,
  isTargetGroup,
  regionPartsOf,
} from './signal.ts';

/** What a reporter sends: what, where, when, which group and domain, how many, how known. */
export interface SignalIntakeInput {
  text?: unknown;
  region?: unknown;
  observedOn?: unknown;
  domain?: unknown;
  targetGroup?: unknown;
  peopleCount?: unknown;
  knowledgeSource?: unknown;
}

/** A validated intake: the text is already scrubbed; the original is not kept anywhere. */
export type ValidSignalIntake = Pick<
  Signal,
  | 'scrubReport'
  | 'regionCode'
  | 'gemeenteCode'
  | 'wijkCode'
  | 'observedOn'
  | 'domain'
  | 'targetGroup'
  | 'peopleCount'
  | 'knowledgeSource'
> & { text: string };

export type SignalIntakeResult =
  { ok: true; value: ValidSignalIntake } | { ok: false; errors: InvalidParam[] };

export const SIGNAL_TEXT_MAX_LENGTH = 4000;
/** A signal is about something recent; older observations belong in research, not intake. */
export const SIGNAL_MAX_AGE_DAYS = 366;

export interface IntakeOptions {
  /** today, YYYY-MM-DD: an observation cannot lie in the future */
  today: string;
  /** the field names in errors, e.g. 'body.' for JSON or '' for a CSV column */
  fieldPrefix?: string;
  /** resolves a gemeente name to its code (case-insensitive); undefined when unknown */
  gemeenteByName?: (name: string) => string | undefined;
  /** whether the gemeente exists in the region registry; undefined when there is no registry */
  knownGemeente?: (code: string) => boolean;
  /** field names as the input calls them (CSV columns use snake_case) */
  fieldNames?: Partial<Record<keyof SignalIntakeInput, string>>;
}

/**
 * Validates an intake and scrubs its text. Every failing field is reported (not only the
 * first), with its value — except the text, whose value is never echoed because it may hold
 * personal data.
 */
export function validateSignalIntake(
  input: SignalIntakeInput,
  options: IntakeOptions,
): SignalIntakeResult {
  const prefix = options.fieldPrefix ?? '';
  const nameOf = (field: keyof SignalIntakeInput) =>
    `${prefix}${options.fieldNames?.[field] ?? field}`;
  const errors: InvalidParam[] = [];

  let text = '';
  let scrubReport: ScrubReport = { total: 0, masked: [] };
  if (typeof input.text !== 'string' || input.text.trim() === '')
    errors.push({ name: nameOf('text'), reason: 'describe what was observed' });
  else if (input.text.length > SIGNAL_TEXT_MAX_LENGTH)
    errors.push({
      name: nameOf('text'),
      reason: `at most ${SIGNAL_TEXT_MAX_LENGTH} characters (got ${input.text.length})`,
    });
  else {
    const scrubbed = scrubPersonalData(input.text.trim());
    text = scrubbed.text;
    scrubReport = { total: scrubbed.total, masked: scrubbed.masked };
  }

  let region: { regionCode: string; gemeenteCode: string; wijkCode: string | null } | null = null;
  if (typeof input.region !== 'string' || input.region.trim() === '')
    errors.push({ name: nameOf('region'), reason: 'say where: a buurt, wijk or gemeente' });
  else {
    const raw = input.region.trim();
    const code = raw.toUpperCase();
    const parts = regionPartsOf(code);
    const byName = parts ? undefined : options.gemeenteByName?.(raw);
    if (parts)
      region = { regionCode: code, gemeenteCode: parts.gemeenteCode, wijkCode: parts.wijkCode };
    else if (byName) region = { regionCode: byName, gemeenteCode: byName, wijkCode: null };
    else if (/^[1-9]\d{3}(\s?[A-Za-z]{2})?$/.test(raw))
      errors.push({
        name: nameOf('region'),
        reason:
          'postcode areas are not accepted: the region data hold no postcode mapping; give the gemeente name or a CBS code',
        value: raw,
      });
    else
      errors.push({
        name: nameOf('region'),
        reason: 'a CBS code (BU########, WK######, GM####) or the name of a gemeente',
        value: raw,
      });
    if (region && options.knownGemeente && !options.knownGemeente(region.gemeenteCode)) {
      errors.push({
        name: nameOf('region'),
        reason: `gemeente ${region.gemeenteCode} is not in the region registry`,
        value: raw,
      });
      region = null;
    }
  }

  let observedOn = '';
  if (
    typeof input.observedOn !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(input.observedOn) ||
    Number.isNaN(Date.parse(`${input.observedOn}T00:00:00Z`)) ||
    new Date(`${input.observedOn}T00:00:00Z`).toISOString().slice(0, 10) !== input.observedOn
  )
    errors.push({
      name: nameOf('observedOn'),
      reason: 'a date YYYY-MM-DD',
      value: input.observedOn,
    });
  else if (input.observedOn > options.today)
    errors.push({
      name: nameOf('observedOn'),
      reason: `lies in the future (today is ${options.today})`,
      value: input.observedOn,
    });
  else if (
    (Date.parse(`${options.today}T00:00:00Z`) - Date.parse(`${input.observedOn}T00:00:00Z`)) /
      86_400_000 >
    SIGNAL_MAX_AGE_DAYS
  )
    errors.push({
      name: nameOf('observedOn'),
      reason: `more than ${SIGNAL_MAX_AGE_DAYS} days ago`,
      value: input.observedOn,
    });
  else observedOn = input.observedOn;

  const domain =
    typeof input.domain === 'string' && isSignalDomain(input.domain) ? input.domain : null;
  if (!domain)
    errors.push({
      name: nameOf('domain'),
      reason: `one of ${SIGNAL_DOMAINS.join(', ')}`,
      value: input.domain,
    });
  const targetGroup =
    typeof input.targetGroup === 'string' && isTargetGroup(input.targetGroup)
      ? input.targetGroup
      : null;
  if (!targetGroup)
    errors.push({
      name: nameOf('targetGroup'),
      reason: `one of ${TARGET_GROUPS.join(', ')}`,
      value: input.targetGroup,
    });
  const knowledgeSource =
    typeof input.knowledgeSource === 'string' && isKnowledgeSource(input.knowledgeSource)
      ? input.knowledgeSource
      : null;
  if (!knowledgeSource)
    errors.push({
      name: nameOf('knowledgeSource'),
      reason: `how the reporter knows: ${KNOWLEDGE_SOURCES.join(', ')}`,
      value: input.knowledgeSource,
    });

  let peopleCount: number | null = null;
  if (input.peopleCount !== undefined && input.peopleCount !== null && input.peopleCount !== '') {
    const n = typeof input.peopleCount === 'string' ? Number(input.peopleCount) : input.peopleCount;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 10_000_000)
      errors.push({
        name: nameOf('peopleCount'),
        reason: 'a whole number of people, at least 1',
        value: input.peopleCount,
      });
    else peopleCount = n;
  }

  if (errors.length > 0 || !region || !domain || !targetGroup || !knowledgeSource)
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      text,
      scrubReport,
      ...region,
      observedOn,
      domain,
      targetGroup,
      peopleCount,
      knowledgeSource,
    },
  };
}
