import { useState } from 'react';
import { LESSON_STATUSES, PLAYBOOK_KINDS } from '@weegschaal/core';
import type { KnowledgeItemType, MessageKey } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { saveTo } from '../auth/api-send.ts';
import { fill } from '../advice/format.ts';
import { ApiForm, CodeSelect, Field, TextArea, TextInput } from '../readiness/form-fields.tsx';
import { KnowledgeLinksEditor, draftOf, targetOf } from './knowledge-links-editor.tsx';
import type { LinkDraft } from './knowledge-links-editor.tsx';
import { ITEM_PATHS } from './knowledge-types.ts';
import type { DossierList, KnowledgeItem } from './knowledge-types.ts';

type Control = 'text' | 'area' | 'date' | 'status' | 'playbook-kind' | 'dossier';

/** One field of an item as the API names it; `nullable` fields send null when left empty. */
interface FieldSpec {
  name: string;
  label: MessageKey;
  control: Control;
  required: boolean;
  nullable?: boolean;
}

/** The fields the API schema takes for each kind of item (knowledge.schema.ts), in form order. */
const FIELDS: Record<KnowledgeItemType, FieldSpec[]> = {
  dossier: [
    { name: 'title', label: 'knowledge.field.title', control: 'text', required: true },
    { name: 'theme', label: 'knowledge.field.theme', control: 'text', required: true },
    { name: 'summary', label: 'knowledge.field.summary', control: 'area', required: true },
    {
      name: 'strategicAdvice',
      label: 'knowledge.field.strategicAdvice',
      control: 'area',
      required: false,
    },
    { name: 'owner', label: 'knowledge.field.owner', control: 'text', required: true },
    {
      name: 'reviewBy',
      label: 'knowledge.field.reviewBy',
      control: 'date',
      required: false,
      nullable: true,
    },
  ],
  lesson: [
    { name: 'title', label: 'knowledge.field.title', control: 'text', required: true },
    {
      name: 'occurredOn',
      label: 'knowledge.field.occurredOn',
      control: 'date',
      required: false,
      nullable: true,
    },
    {
      name: 'whatHappened',
      label: 'knowledge.field.whatHappened',
      control: 'area',
      required: true,
    },
    {
      name: 'whatWeLearned',
      label: 'knowledge.field.whatWeLearned',
      control: 'area',
      required: true,
    },
    { name: 'followUp', label: 'knowledge.field.followUp', control: 'area', required: false },
    {
      name: 'followUpOwner',
      label: 'knowledge.field.followUpOwner',
      control: 'text',
      required: true,
    },
    { name: 'status', label: 'knowledge.field.status', control: 'status', required: true },
    {
      name: 'dossierId',
      label: 'knowledge.field.dossier',
      control: 'dossier',
      required: false,
      nullable: true,
    },
  ],
  playbook: [
    { name: 'kind', label: 'knowledge.field.kind', control: 'playbook-kind', required: true },
    { name: 'title', label: 'knowledge.field.title', control: 'text', required: true },
    { name: 'sector', label: 'knowledge.field.sector', control: 'text', required: true },
    { name: 'owner', label: 'knowledge.field.owner', control: 'text', required: true },
    { name: 'body', label: 'knowledge.field.body', control: 'area', required: true },
    { name: 'reviewBy', label: 'knowledge.field.reviewBy', control: 'date', required: true },
    {
      name: 'lastReviewedOn',
      label: 'knowledge.field.lastReviewed',
      control: 'date',
      required: false,
      nullable: true,
    },
  ],
};

/** What a new item starts with: the choices need a value, the texts start empty. */
const DEFAULTS: Partial<Record<string, string>> = { status: 'open', kind: 'sector-playbook' };

function initialValues(
  type: KnowledgeItemType,
  item: KnowledgeItem | null,
): Record<string, string> {
  const fields = item as unknown as Record<string, unknown> | null;
  return Object.fromEntries(
    FIELDS[type].map((f) => {
      const value = fields?.[f.name];
      return [f.name, typeof value === 'string' ? value : (DEFAULTS[f.name] ?? '')];
    }),
  );
}

function DossierSelect({
  id,
  value,
  onChange,
  ...aria
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const { t } = useLocale();
  const dossiers = useApi<DossierList>('/dossiers');
  const items = dossiers.state === 'ready' ? dossiers.data.items : [];
  const titles = new Map(items.map((d) => [d.id, d.title]));
  return (
    <CodeSelect<string>
      id={id}
      value={value}
      options={items.map((d) => d.id)}
      label={(dossierId) => titles.get(dossierId) ?? dossierId}
      onChange={onChange}
      empty={t('knowledge.form.none')}
      {...aria}
    />
  );
}

/**
 * Records a new dossier, lesson or playbook, or replaces one with its links (PUT replaces the
 * whole item, so the form always sends every field).
 */
export function KnowledgeItemForm({
  type,
  initial,
  onDone,
  onCancel,
}: {
  type: KnowledgeItemType;
  initial: KnowledgeItem | null;
  onDone: (saved: KnowledgeItem) => void;
  onCancel?: () => void;
}) {
  const { t, tDynamic } = useLocale();
  const [values, setValues] = useState(() => initialValues(type, initial));
  const [links, setLinks] = useState<LinkDraft[]>(
    () => initial?.links.map((l) => draftOf(l.target)) ?? [],
  );
  const set = (name: string) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const body = () => ({
    ...Object.fromEntries(
      FIELDS[type].map((f) => [
        f.name,
        f.nullable && values[f.name]?.trim() === '' ? null : values[f.name],
      ]),
    ),
    links: links.map(targetOf),
  });
  const path = ITEM_PATHS[type].api;
  return (
    <ApiForm
      id="knowledge-form"
      focus={initial !== null}
      title={
        initial
          ? fill(t('knowledge.form.editTitle'), { title: initial.title })
          : fill(t('knowledge.form.newTitle'), { type: t(`knowledge.type.${type}`) })
      }
      submitLabel={initial ? t('knowledge.form.save') : t('knowledge.form.create')}
      submit={() => saveTo<KnowledgeItem>(path, initial?.id ?? null, body())}
      onDone={onDone}
      onCancel={onCancel}
    >
      {FIELDS[type].map((f) => {
        const id = `knowledge-${f.name}`;
        const value = values[f.name] ?? '';
        const control = (() => {
          switch (f.control) {
            case 'text':
            case 'date':
              return (
                <TextInput
                  id={id}
                  type={f.control}
                  required={f.required}
                  value={value}
                  onChange={set(f.name)}
                />
              );
            case 'area':
              return (
                <TextArea id={id} required={f.required} value={value} onChange={set(f.name)} />
              );
            case 'status':
              return (
                <CodeSelect<string>
                  id={id}
                  value={value}
                  options={LESSON_STATUSES}
                  label={(s) => tDynamic(`knowledge.status.${s}`)}
                  onChange={set(f.name)}
                />
              );
            case 'playbook-kind':
              return (
                <CodeSelect<string>
                  id={id}
                  value={value}
                  options={PLAYBOOK_KINDS}
                  label={(k) => tDynamic(`knowledge.kind.${k}`)}
                  onChange={set(f.name)}
                />
              );
            case 'dossier':
              return <DossierSelect id={id} value={value} onChange={set(f.name)} />;
            default: {
              const unreachable: never = f.control;
              throw new Error(`unknown control ${String(unreachable)}`);
            }
          }
        })();
        return (
          <Field
            key={f.name}
            id={id}
            name={f.name}
            label={t(f.label)}
            hint={f.required ? undefined : t('knowledge.form.optional')}
          >
            {control}
          </Field>
        );
      })}
      <KnowledgeLinksEditor links={links} onChange={setLinks} />
    </ApiForm>
  );
}
