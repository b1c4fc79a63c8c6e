import { useState } from 'react';
import { ATTENTION_AREAS, AVAILABILITIES, CONSENT_SCOPES } from '@weegschaal/core';
import type {
  Availability,
  AttentionArea,
  ConsentScope,
  ContactKind,
  Expert,
} from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { fill } from '../advice/format.ts';
import { ApiForm, CodeSelect, ContactFields, Field, TextInput } from './form-fields.tsx';
import { saveTo } from '../auth/api-send.ts';
import type { ExpertView } from './readiness-types.ts';

/**
 * Adds an expert to the pool or replaces one; the consent is part of the record, never
 * optional. The form shows no more than the pool's table: the date the contact was last
 * verified is kept as it was, not shown.
 */
export function ExpertForm({
  initial,
  onDone,
  onCancel,
}: {
  initial: ExpertView | null;
  onDone: (saved: Expert) => void;
  onCancel: () => void;
}) {
  const { t, tDynamic } = useLocale();
  const [name, setName] = useState(initial?.name ?? '');
  const [organisation, setOrganisation] = useState(initial?.organisation ?? '');
  const [area, setArea] = useState<AttentionArea>(initial?.attentionArea ?? 'public-order-safety');
  const [availability, setAvailability] = useState<Availability>(
    initial?.availability ?? 'available',
  );
  const [kind, setKind] = useState<ContactKind>(initial?.contact.kind ?? 'email');
  const [address, setAddress] = useState(initial?.contact.address ?? '');
  const [givenOn, setGivenOn] = useState(initial?.consent.givenOn ?? '');
  const [scope, setScope] = useState<ConsentScope>(initial?.consent.scope ?? 'activation');
  const [expiresOn, setExpiresOn] = useState(initial?.consent.expiresOn ?? '');
  return (
    <ApiForm
      id="expert-form"
      focus
      title={
        initial
          ? fill(t('readiness.experts.edit'), { name: initial.name })
          : t('readiness.experts.add')
      }
      submitLabel={initial ? t('readiness.form.save') : t('readiness.experts.addSubmit')}
      submit={() =>
        saveTo<Expert>('/experts', initial?.id ?? null, {
          name,
          organisation,
          attentionArea: area,
          availability,
          contact: { kind, address },
          contactVerifiedOn: initial?.contactVerifiedOn ?? null,
          consent: { givenOn, scope, expiresOn },
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <Field id="expert-name" name="name" label={t('readiness.form.name')}>
        <TextInput id="expert-name" required value={name} onChange={setName} />
      </Field>
      <Field id="expert-organisation" name="organisation" label={t('readiness.form.organisation')}>
        <TextInput
          id="expert-organisation"
          required
          value={organisation}
          onChange={setOrganisation}
        />
      </Field>
      <Field id="expert-area" name="attentionArea" label={t('readiness.attentionArea')}>
        <CodeSelect
          id="expert-area"
          value={area}
          options={ATTENTION_AREAS}
          label={(a) => tDynamic(`readiness.area.${a}`)}
          onChange={setArea}
        />
      </Field>
      <Field
        id="expert-availability"
        name="availability"
        label={t('readiness.experts.availability')}
      >
        <CodeSelect
          id="expert-availability"
          value={availability}
          options={AVAILABILITIES}
          label={(a) => tDynamic(`readiness.availability.${a}`)}
          onChange={setAvailability}
        />
      </Field>
      <ContactFields
        id="expert"
        kind={kind}
        address={address}
        onKind={setKind}
        onAddress={setAddress}
        required
      />
      <Field
        id="expert-consent-given"
        name="consent.givenOn"
        label={t('readiness.form.consentGiven')}
      >
        <TextInput
          id="expert-consent-given"
          type="date"
          required
          value={givenOn}
          onChange={setGivenOn}
        />
      </Field>
      <Field
        id="expert-consent-scope"
        name="consent.scope"
        label={t('readiness.form.consentScope')}
      >
        <CodeSelect
          id="expert-consent-scope"
          value={scope}
          options={CONSENT_SCOPES}
          label={(s) => tDynamic(`readiness.scope.${s}`)}
          onChange={setScope}
        />
      </Field>
      <Field
        id="expert-consent-expires"
        name="consent.expiresOn"
        label={t('readiness.form.consentExpires')}
        hint={initial ? t('readiness.experts.withdrawHint') : undefined}
      >
        <TextInput
          id="expert-consent-expires"
          type="date"
          required
          value={expiresOn}
          onChange={setExpiresOn}
        />
      </Field>
    </ApiForm>
  );
}
