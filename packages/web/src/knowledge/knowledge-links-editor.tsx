import { Button } from '@rijkshuisstijl-community/components-react';
import type { KnowledgeLinkTarget } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import type { Loadable } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { fill } from '../advice/format.ts';
import { CodeSelect, Field, FieldGroup, TextInput } from '../readiness/form-fields.tsx';

type LinkType = KnowledgeLinkTarget['type'];
const LINK_TYPES: readonly LinkType[] = ['measure', 'fiche', 'advice-request', 'advisory-report'];

/** A link as it is being edited: every part a string, whatever the type needs. */
export interface LinkDraft {
  type: LinkType;
  measureCode: string;
  level: string;
  version: string;
  id: string;
}

export function draftOf(target: KnowledgeLinkTarget): LinkDraft {
  const draft: LinkDraft = { type: target.type, measureCode: '', level: '', version: '', id: '' };
  switch (target.type) {
    case 'measure':
      return { ...draft, measureCode: target.measureCode };
    case 'fiche':
      return {
        ...draft,
        measureCode: target.measureCode,
        level: String(target.level),
        version: String(target.version),
      };
    case 'advice-request':
    case 'advisory-report':
      return { ...draft, id: target.id };
    default: {
      const unreachable: never = target;
      throw new Error(`unknown link ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The link as the API takes it; what is missing is left for the server to name. */
export function targetOf(draft: LinkDraft): KnowledgeLinkTarget {
  switch (draft.type) {
    case 'measure':
      return { type: 'measure', measureCode: draft.measureCode };
    case 'fiche':
      return {
        type: 'fiche',
        measureCode: draft.measureCode,
        level: Number(draft.level),
        version: Number(draft.version),
      };
    case 'advice-request':
    case 'advisory-report':
      return { type: draft.type, id: draft.id };
    default: {
      const unreachable: never = draft.type;
      throw new Error(`unknown link type ${String(unreachable)}`);
    }
  }
}

interface Choice {
  value: string;
  label: string;
}

/** A choice from a list when the reader may see it; otherwise the identifier typed in. */
function TargetPicker({
  id,
  value,
  choices,
  onChange,
  ...aria
}: {
  id: string;
  value: string;
  choices: Loadable<Choice[]>;
  onChange: (value: string) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const { t } = useLocale();
  if (choices.state !== 'ready' || choices.data.length === 0)
    return <TextInput id={id} required value={value} onChange={onChange} {...aria} />;
  const labels = new Map(choices.data.map((c) => [c.value, c.label]));
  return (
    <CodeSelect
      id={id}
      value={value}
      options={choices.data.map((c) => c.value)}
      label={(v) => labels.get(v) ?? v}
      onChange={onChange}
      empty={t('knowledge.links.choose')}
      {...aria}
    />
  );
}

function useChoices<T>(path: string, toChoice: (item: T) => Choice): Loadable<Choice[]> {
  const list = useApi<{ items: T[] }>(path);
  return list.state === 'ready' ? { state: 'ready', data: list.data.items.map(toChoice) } : list;
}

/**
 * The links of a knowledge item: each a measure, a fiche version, a request or an advice. The
 * server checks every target exists and names the link that does not.
 */
export function KnowledgeLinksEditor({
  links,
  onChange,
}: {
  links: LinkDraft[];
  onChange: (links: LinkDraft[]) => void;
}) {
  const { t, tDynamic, locale } = useLocale();
  const measures = useChoices<{ code: string; nameNl: string; nameEn: string }>(
    '/measures',
    (m) => ({ value: m.code, label: locale === 'nl' ? m.nameNl : m.nameEn }),
  );
  const requests = useChoices<{ id: string; title: string }>('/advice-requests', (r) => ({
    value: r.id,
    label: r.title,
  }));
  const reports = useChoices<{ id: string; title: string }>('/advisory-reports', (r) => ({
    value: r.id,
    label: r.title,
  }));
  const change = (i: number, part: Partial<LinkDraft>) =>
    onChange(links.map((l, j) => (j === i ? { ...l, ...part } : l)));
  return (
    <fieldset className="ws-fieldset" data-testid="knowledge-links-editor">
      <legend className="utrecht-form-label">{t('knowledge.field.links')}</legend>
      {links.map((link, i) => {
        const id = `knowledge-link-${i}`;
        const name = `links.${i}`;
        return (
          <FieldGroup
            key={i}
            className="ws-fieldset ws-knowledge-link"
            legend={fill(t('knowledge.links.item'), { n: i + 1 })}
          >
            <Field id={`${id}-type`} name={`${name}.type`} label={t('knowledge.links.type')}>
              <CodeSelect
                id={`${id}-type`}
                value={link.type}
                options={LINK_TYPES}
                label={(type) => tDynamic(`knowledge.linkType.${type}`)}
                onChange={(type) => change(i, { type })}
              />
            </Field>
            {(link.type === 'measure' || link.type === 'fiche') && (
              <Field
                id={`${id}-measure`}
                name={`${name}.measureCode`}
                whole={name}
                label={t('knowledge.linkType.measure')}
              >
                <TargetPicker
                  id={`${id}-measure`}
                  value={link.measureCode}
                  choices={measures}
                  onChange={(measureCode) => change(i, { measureCode })}
                />
              </Field>
            )}
            {link.type === 'fiche' && (
              <>
                <Field id={`${id}-level`} name={`${name}.level`} label={t('knowledge.links.level')}>
                  <TextInput
                    id={`${id}-level`}
                    type="number"
                    min={1}
                    required
                    value={link.level}
                    onChange={(level) => change(i, { level })}
                  />
                </Field>
                <Field
                  id={`${id}-version`}
                  name={`${name}.version`}
                  label={t('knowledge.links.version')}
                >
                  <TextInput
                    id={`${id}-version`}
                    type="number"
                    min={1}
                    required
                    value={link.version}
                    onChange={(version) => change(i, { version })}
                  />
                </Field>
              </>
            )}
            {(link.type === 'advice-request' || link.type === 'advisory-report') && (
              <Field
                id={`${id}-target`}
                name={`${name}.id`}
                whole={name}
                label={tDynamic(`knowledge.linkType.${link.type}`)}
              >
                <TargetPicker
                  id={`${id}-target`}
                  value={link.id}
                  choices={link.type === 'advice-request' ? requests : reports}
                  onChange={(target) => change(i, { id: target })}
                />
              </Field>
            )}
            <Button
              appearance="subtle-button"
              onClick={() => onChange(links.filter((_, j) => j !== i))}
            >
              {fill(t('knowledge.links.remove'), { n: i + 1 })}
            </Button>
          </FieldGroup>
        );
      })}
      <Button
        appearance="secondary-action-button"
        onClick={() =>
          onChange([...links, { type: 'measure', measureCode: '', level: '', version: '', id: '' }])
        }
      >
        {t('knowledge.links.add')}
      </Button>
    </fieldset>
  );
}
