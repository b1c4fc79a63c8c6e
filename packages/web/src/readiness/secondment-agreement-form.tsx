import { useState } from 'react';
import { DEPARTMENTS } from '@weegschaal/core';
import type { ContactKind, Department } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { fill } from '../advice/format.ts';
import { ApiForm, CodeSelect, ContactFields, Field, TextInput } from './form-fields.tsx';
import { saveTo } from '../auth/api-send.ts';
import type { SecondmentAgreement } from './readiness-types.ts';

/** Adds or replaces what a department has promised to second when the MIT activates. */
export function SecondmentAgreementForm({
  initial,
  onDone,
  onCancel,
}: {
  initial: SecondmentAgreement | null;
  onDone: (saved: SecondmentAgreement) => void;
  onCancel: () => void;
}) {
  const { t } = useLocale();
  const [department, setDepartment] = useState<Department>(initial?.department ?? 'SZW');
  const [fte, setFte] = useState(initial ? String(initial.fte) : '');
  const [noticeDays, setNoticeDays] = useState(initial ? String(initial.noticeDays) : '');
  const [contactName, setContactName] = useState(initial?.contactName ?? '');
  const [channel, setChannel] = useState<ContactKind>(initial?.contact.kind ?? 'email');
  const [address, setAddress] = useState(initial?.contact.address ?? '');
  const [signedOn, setSignedOn] = useState(initial?.signedOn ?? '');
  const [reviewOn, setReviewOn] = useState(initial?.reviewOn ?? '');
  return (
    <ApiForm
      id="agreement-form"
      focus
      title={
        initial
          ? fill(t('readiness.agreements.edit'), { name: initial.department })
          : t('readiness.agreements.add')
      }
      submitLabel={initial ? t('readiness.form.save') : t('readiness.agreements.addSubmit')}
      submit={() =>
        saveTo<SecondmentAgreement>('/secondment-agreements', initial?.id ?? null, {
          department,
          // a comma is how a Dutch reader writes 0,5 fte
          fte: Number(fte.replace(',', '.')),
          noticeDays: Number(noticeDays),
          contactName,
          contact: { kind: channel, address },
          signedOn,
          reviewOn,
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <Field id="agreement-department" name="department" label={t('readiness.department')}>
        <CodeSelect
          id="agreement-department"
          value={department}
          options={DEPARTMENTS}
          label={(d) => d}
          onChange={setDepartment}
        />
      </Field>
      <Field id="agreement-fte" name="fte" label={t('readiness.agreements.fte')}>
        <TextInput id="agreement-fte" required value={fte} onChange={setFte} />
      </Field>
      <Field id="agreement-notice" name="noticeDays" label={t('readiness.agreements.noticeDays')}>
        <TextInput
          id="agreement-notice"
          type="number"
          min={0}
          max={365}
          required
          value={noticeDays}
          onChange={setNoticeDays}
        />
      </Field>
      <Field
        id="agreement-contact-name"
        name="contactName"
        label={t('readiness.agreements.contact')}
      >
        <TextInput
          id="agreement-contact-name"
          required
          value={contactName}
          onChange={setContactName}
        />
      </Field>
      <ContactFields
        id="agreement"
        kind={channel}
        address={address}
        onKind={setChannel}
        onAddress={setAddress}
        required
      />
      <Field id="agreement-signed" name="signedOn" label={t('readiness.agreements.signedOn')}>
        <TextInput
          id="agreement-signed"
          type="date"
          required
          value={signedOn}
          onChange={setSignedOn}
        />
      </Field>
      <Field id="agreement-review" name="reviewOn" label={t('readiness.agreements.reviewOn')}>
        <TextInput
          id="agreement-review"
          type="date"
          required
          value={reviewOn}
          onChange={setReviewOn}
        />
      </Field>
    </ApiForm>
  );
}
