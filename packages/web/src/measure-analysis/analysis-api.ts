import { useCallback, useEffect, useState } from 'react';
import type { InvalidParam, Measure } from '@weegschaal/core';
import { ApiError, csrfHeader, getJson } from '../api/api-client.ts';
import type { Loadable } from '../api/api-client.ts';

/** A problem response with the fields that failed, so forms can show them next to the input. */
export class ProblemError extends ApiError {
  readonly invalidParams: InvalidParam[];
  constructor(status: number, detail: string, invalidParams: InvalidParam[]) {
    super(status, detail);
    this.invalidParams = invalidParams;
  }
}

export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers: {
      accept: 'application/json',
      // writes need a session; the session's CSRF token goes with them
      ...csrfHeader(),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as {
      detail?: string;
      invalidParams?: InvalidParam[];
    } | null;
    throw new ProblemError(
      response.status,
      problem?.detail ?? response.statusText,
      problem?.invalidParams ?? [],
    );
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

/** Like useApi, with a reload for after a change. */
export function useReloadableApi<T>(path: string | null): [Loadable<T>, () => void] {
  const [tick, setTick] = useState(0);
  const [result, setResult] = useState<{ key: string; value: Loadable<T> } | null>(null);
  const key = `${path}#${tick}`;
  useEffect(() => {
    if (path === null) return;
    let current = true;
    getJson<T>(path).then(
      (data) => current && setResult({ key, value: { state: 'ready', data } }),
      (error: Error) => current && setResult({ key, value: { state: 'error', error } }),
    );
    return () => {
      current = false;
    };
  }, [path, key]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  // keep showing the previous data while a reload of the same path runs, so the page does not jump
  if (
    result &&
    (result.key === key || (result.key.startsWith(`${path}#`) && result.value.state === 'ready'))
  )
    return [result.value, reload];
  return [{ state: 'loading' }, reload];
}

export interface MeasureNames {
  measure(code: string): string;
  level(code: string, level: number): string;
  /** 'Avondklok: Curfew from 22:00 (2)' */
  full(code: string, level: number): string;
  measures: Measure[];
}

export function measureNames(measures: Measure[], locale: 'nl' | 'en'): MeasureNames {
  const byCode = new Map(measures.map((m) => [m.code, m]));
  const measure = (code: string) => {
    const m = byCode.get(code);
    return m ? (locale === 'nl' ? m.nameNl : m.nameEn) : code;
  };
  const level = (code: string, lvl: number) => {
    const l = byCode.get(code)?.levels.find((x) => x.level === lvl);
    return l ? (locale === 'nl' ? l.descriptionNl : l.descriptionEn) : String(lvl);
  };
  return {
    measure,
    level,
    full: (code, lvl) => `${measure(code)}: ${level(code, lvl)} (${lvl})`,
    measures,
  };
}

/** Query string for the impact ladder rule, in the API's lowerCamelCase parameters. */
export interface LadderRuleState {
  domains: string[];
  groups: string[];
  sectors: string[];
  term: 'short' | 'long' | 'mean';
  direction: 'harm-only' | 'net';
  weights: { strong: number; moderate: number; limited: number; expertJudgement: number };
}

export function ruleQuery(rule: LadderRuleState): string {
  const p = new URLSearchParams();
  p.set('domains', rule.domains.join(','));
  p.set('groups', rule.groups.join(','));
  p.set('sectors', rule.sectors.join(','));
  p.set('term', rule.term);
  p.set('direction', rule.direction);
  p.set('weightStrong', String(rule.weights.strong));
  p.set('weightModerate', String(rule.weights.moderate));
  p.set('weightLimited', String(rule.weights.limited));
  p.set('weightExpertJudgement', String(rule.weights.expertJudgement));
  return p.toString();
}
