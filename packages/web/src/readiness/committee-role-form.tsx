import { useState } from 'react';
import { ATTENTION_AREAS, COMMITTEE_ROLE_KINDS } from '@weegschaal/core';
import type { AttentionArea, CommitteeRoleKind } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { fill } from '../advice/format.ts';
import { ApiForm, CodeSelect, Field, TextInput, orNull } from './form-fields.tsx';
import { saveTo } from '../auth/api-send.ts';
import { HolderFields, holderDraftOf, holderOf } from './holder-fields.tsx';
import type { CommitteeRole } from './readiness-types.ts';

/** Adds a committee role or replaces one; the chair is held by virtue of an office (seed 001). */
export function CommitteeRoleForm({
  initial,
  onDone,
  onCancel,
}: {
  initial: CommitteeRole | null;
  onDone: (saved: CommitteeRole) => void;
  onCancel: () => void;
}) {
  const { t, tDynamic } = useLocale();
  const [kind, setKind] = useState<CommitteeRoleKind>(initial?.kind ?? 'member');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [byFunction, setByFunction] = useState(initial?.byFunction ?? '');
  const [area, setArea] = useState<AttentionArea | ''>(initial?.attentionArea ?? '');
  const [holder, setHolder] = useState(() => holderDraftOf(initial));
  return (
    <ApiForm
      id="role-form"
      focus
      title={
        initial
          ? fill(t('readiness.committee.edit'), { name: initial.title })
          : t('readiness.committee.add')
      }
      submitLabel={initial ? t('readiness.form.save') : t('readiness.committee.addSubmit')}
      submit={() =>
        saveTo<CommitteeRole>('/committee-roles', initial?.id ?? null, {
          kind,
          title,
          byFunction: orNull(byFunction),
          attentionArea: area === '' ? null : area,
          ...holderOf(holder),
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <Field id="role-kind" name="kind" label={t('readiness.committee.kind')}>
        <CodeSelect
          id="role-kind"
          value={kind}
          options={COMMITTEE_ROLE_KINDS}
          label={(k) => tDynamic(`readiness.roleKind.${k}`)}
          onChange={setKind}
        />
      </Field>
      <Field id="role-title" name="title" label={t('readiness.committee.roleTitle')}>
        <TextInput id="role-title" required value={title} onChange={setTitle} />
      </Field>
      <Field
        id="role-by-function"
        name="byFunction"
        label={t('readiness.committee.byFunction')}
        hint={t('readiness.committee.byFunctionHint')}
      >
        <TextInput id="role-by-function" value={byFunction} onChange={setByFunction} />
      </Field>
      <Field id="role-area" name="attentionArea" label={t('readiness.attentionArea')}>
        <CodeSelect<AttentionArea | ''>
          id="role-area"
          value={area}
          options={ATTENTION_AREAS}
          label={(a) => tDynamic(`readiness.area.${a}`)}
          onChange={setArea}
          empty={t('readiness.form.none')}
        />
      </Field>
      <HolderFields id="role" value={holder} onChange={setHolder} />
    </ApiForm>
  );
}
