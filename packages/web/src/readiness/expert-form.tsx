import { useState } from 'react';
import { ATTENTION_AREAS, AVAILABILITIES, CONSENT_SCOPES } from '@weegschaal/core';
import type { Availability, AttentionArea, ConsentScope, ContactKind } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { send } from '../auth/api-send.ts';
import { ApiForm, CodeSelect, ContactFields, Field, TextInput } from './form-fields.tsx';

/** Adds an expert to the pool; the consent is part of the record, never optional. */
export function ExpertForm({ onDone }: { onDone: () => void }) {
  const { t, tDynamic } = useLocale();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [area, setArea] = useState<AttentionArea>('public-order-safety');
  const [availability, setAvailability] = useState<Availability>('available');
  const [kind, setKind] = useState<ContactKind>('email');
  const [address, setAddress] = useState('');
  const [givenOn, setGivenOn] = useState('');
  const [scope, setScope] = useState<ConsentScope>('activation');
  const [expiresOn, setExpiresOn] = useState('');
  return (
    <ApiForm
      id="expert-form"
      title={t('readiness.experts.add')}
      submitLabel={t('readiness.experts.addSubmit')}
      submit={() =>
        send('POST', '/experts', {
          name,
          organisation,
          attentionArea: area,
          availability,
          contact: { kind, address },
          contactVerifiedOn: null,
          consent: { givenOn, scope, expiresOn },
        })
      }
      onDone={onDone}
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
