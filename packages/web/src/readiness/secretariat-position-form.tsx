import { useState } from 'react';
import { DEPARTMENTS } from '@weegschaal/core';
import type { Department } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { fill } from '../advice/format.ts';
import { ApiForm, CodeSelect, Field, TextInput, orNull } from './form-fields.tsx';
import { saveTo } from '../auth/api-send.ts';
import { HolderFields, holderDraftOf, holderOf } from './holder-fields.tsx';
import type { SecondmentAgreement, SecretariatPosition } from './readiness-types.ts';

/** Adds or replaces a secretariat position; it can rest on its department's agreement only. */
export function SecretariatPositionForm({
  initial,
  agreements,
  onDone,
  onCancel,
}: {
  initial: SecretariatPosition | null;
  agreements: SecondmentAgreement[];
  onDone: (saved: SecretariatPosition) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useLocale();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [department, setDepartment] = useState<Department>(initial?.department ?? 'SZW');
  const [agreementId, setAgreementId] = useState(initial?.agreementId ?? '');
  const [holder, setHolder] = useState(() => holderDraftOf(initial));
  const ofDepartment = agreements.filter((a) => a.department === department);
  const labels = new Map(
    ofDepartment.map((a) => [
      a.id,
      fill(t('readiness.positions.agreementOption'), {
        department: a.department,
        fte: a.fte.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB'),
      }),
    ]),
  );
  return (
    <ApiForm
      id="position-form"
      focus
      title={
        initial
          ? fill(t('readiness.positions.edit'), { name: initial.title })
          : t('readiness.positions.add')
      }
      submitLabel={initial ? t('readiness.form.save') : t('readiness.positions.addSubmit')}
      submit={() =>
        saveTo<SecretariatPosition>('/secretariat-positions', initial?.id ?? null, {
          title,
          department,
          agreementId: orNull(agreementId),
          ...holderOf(holder),
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <Field id="position-title" name="title" label={t('readiness.positions.title')}>
        <TextInput id="position-title" required value={title} onChange={setTitle} />
      </Field>
      <Field id="position-department" name="department" label={t('readiness.department')}>
        <CodeSelect
          id="position-department"
          value={department}
          options={DEPARTMENTS}
          label={(d) => d}
          onChange={(d) => {
            setDepartment(d);
            // an agreement of another department would be refused: start again from none
            setAgreementId('');
          }}
        />
      </Field>
      <Field id="position-agreement" name="agreementId" label={t('readiness.positions.agreement')}>
        <CodeSelect
          id="position-agreement"
          value={agreementId}
          options={ofDepartment.map((a) => a.id)}
          label={(id) => labels.get(id) ?? id}
          onChange={setAgreementId}
          empty={t('readiness.positions.noAgreement')}
        />
      </Field>
      <HolderFields id="position" value={holder} onChange={setHolder} />
    </ApiForm>
  );
}
