import { Button, Fieldset, Paragraph } from '@rijkshuisstijl-community/components-react';
import { IMPACT_DOMAINS, IMPACT_GROUPS, SECTORS } from '@weegschaal/core';
import type { MessageKey } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import type { LadderRuleState } from './analysis-api.ts';

export const DEFAULT_RULE: LadderRuleState = {
  domains: [...IMPACT_DOMAINS],
  groups: [...IMPACT_GROUPS],
  sectors: [...SECTORS],
  term: 'mean',
  direction: 'harm-only',
  weights: { strong: 1, moderate: 0.8, limited: 0.6, expertJudgement: 0.5 },
};

type ListKey = 'domains' | 'groups' | 'sectors';
const LISTS: readonly [ListKey, readonly string[], string, MessageKey][] = [
  ['domains', IMPACT_DOMAINS, 'domain', 'ladder.domains'],
  ['groups', IMPACT_GROUPS, 'group', 'ladder.groups'],
  ['sectors', SECTORS, 'sector', 'ladder.sectors'],
];
const WEIGHTS: readonly [keyof LadderRuleState['weights'], string][] = [
  ['strong', 'strong'],
  ['moderate', 'moderate'],
  ['limited', 'limited'],
  ['expertJudgement', 'expert-judgement'],
];

/** The impact ladder rule as a form: every part the engine uses can be seen and changed. */
export function LadderRuleControls({
  rule,
  onChange,
  idPrefix,
}: {
  rule: LadderRuleState;
  onChange(rule: LadderRuleState): void;
  idPrefix: string;
}) {
  const { t, tDynamic } = useLocale();
  const toggle = (list: ListKey, code: string, on: boolean) =>
    onChange({
      ...rule,
      [list]: on ? [...rule[list], code] : rule[list].filter((c) => c !== code),
    });

  return (
    <div className="ws-rule">
      <Paragraph>{t('ladder.ruleText')}</Paragraph>
      <div className="ws-rule__grid">
        {LISTS.map(([list, codes, kind, legend]) => (
          <Fieldset key={list} legend={`${t(legend)} (${rule[list].length}/${codes.length})`}>
            {codes.map((code) => {
              const id = `${idPrefix}-${list}-${code}`;
              return (
                <div key={code} className="ws-check">
                  <input
                    type="checkbox"
                    id={id}
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={rule[list].includes(code)}
                    onChange={(e) => toggle(list, code, e.target.checked)}
                  />
                  <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
                    {tDynamic(`${kind}.${code}`)}
                  </label>
                </div>
              );
            })}
          </Fieldset>
        ))}
        <div>
          <Fieldset legend={t('ladder.term')}>
            {(['mean', 'short', 'long'] as const).map((term) => (
              <div key={term} className="ws-check">
                <input
                  type="radio"
                  id={`${idPrefix}-term-${term}`}
                  name={`${idPrefix}-term`}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  checked={rule.term === term}
                  onChange={() => onChange({ ...rule, term })}
                />
                <label
                  htmlFor={`${idPrefix}-term-${term}`}
                  className="utrecht-form-label utrecht-form-label--radio"
                >
                  {tDynamic(`term.${term}`)}
                </label>
              </div>
            ))}
          </Fieldset>
          <Fieldset legend={t('ladder.direction')}>
            {(['harm-only', 'net'] as const).map((direction) => (
              <div key={direction} className="ws-check">
                <input
                  type="radio"
                  id={`${idPrefix}-direction-${direction}`}
                  name={`${idPrefix}-direction`}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  checked={rule.direction === direction}
                  onChange={() => onChange({ ...rule, direction })}
                />
                <label
                  htmlFor={`${idPrefix}-direction-${direction}`}
                  className="utrecht-form-label utrecht-form-label--radio"
                >
                  {tDynamic(`direction.${direction}`)}
                </label>
              </div>
            ))}
          </Fieldset>
          <Fieldset legend={t('ladder.weights')}>
            {WEIGHTS.map(([key, grade]) => (
              <div key={key} className="ws-weight">
                <label htmlFor={`${idPrefix}-weight-${key}`} className="utrecht-form-label">
                  {tDynamic(`evidence.${grade}`)}
                </label>
                <input
                  type="number"
                  id={`${idPrefix}-weight-${key}`}
                  className="utrecht-textbox utrecht-textbox--html-input ws-weight__input"
                  min={0}
                  max={1}
                  step={0.1}
                  value={rule.weights[key]}
                  onChange={(e) => {
                    const value = Number(e.target.value);
                    if (Number.isFinite(value) && value >= 0 && value <= 1)
                      onChange({ ...rule, weights: { ...rule.weights, [key]: value } });
                  }}
                />
              </div>
            ))}
          </Fieldset>
          <Button appearance="secondary-action-button" onClick={() => onChange(DEFAULT_RULE)}>
            {t('ladder.reset')}
          </Button>
        </div>
      </div>
    </div>
  );
}
