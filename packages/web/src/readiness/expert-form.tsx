import { useState } from 'react';
import { Button, Heading } from '@rijkshuisstijl-community/components-react';
import { ATTENTION_AREAS, AVAILABILITIES, CONSENT_SCOPES, CONTACT_KINDS } from '@weegschaal/core';
import type { Availability, AttentionArea, ConsentScope, ContactKind } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { send } from '../auth/api-send.ts';
import { Field, ProblemAlert, inputClass, selectClass } from './form-fields.tsx';

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
  const [problem, setProblem] = useState<Error | null>(null);
  return (
    <form
      className="ws-form"
      aria-labelledby="expert-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        setProblem(null);
        send('POST', '/experts', {
          name,
          organisation,
          attentionArea: area,
          availability,
          contact: { kind, address },
          contactVerifiedOn: null,
          consent: { givenOn, scope, expiresOn },
        }).then(onDone, (err: Error) => setProblem(err));
      }}
    >
      <Heading level={3} id="expert-form-heading">
        {t('readiness.experts.add')}
      </Heading>
      <ProblemAlert problem={problem} />
      <Field id="expert-name" label={t('readiness.form.name')}>
        <input
          id="expert-name"
          className={inputClass}
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field id="expert-organisation" label={t('readiness.form.organisation')}>
        <input
          id="expert-organisation"
          className={inputClass}
          required
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
        />
      </Field>
      <Field id="expert-area" label={t('readiness.attentionArea')}>
        <select
          id="expert-area"
          className={selectClass}
          value={area}
          onChange={(e) => setArea(e.target.value as AttentionArea)}
        >
          {ATTENTION_AREAS.map((a) => (
            <option key={a} value={a}>
              {tDynamic(`readiness.area.${a}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="expert-availability" label={t('readiness.experts.availability')}>
        <select
          id="expert-availability"
          className={selectClass}
          value={availability}
          onChange={(e) => setAvailability(e.target.value as Availability)}
        >
          {AVAILABILITIES.map((a) => (
            <option key={a} value={a}>
              {tDynamic(`readiness.availability.${a}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="expert-channel" label={t('readiness.callUp.channel')}>
        <select
          id="expert-channel"
          className={selectClass}
          value={kind}
          onChange={(e) => setKind(e.target.value as ContactKind)}
        >
          {CONTACT_KINDS.map((k) => (
            <option key={k} value={k}>
              {tDynamic(`readiness.channel.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="expert-address" label={t('readiness.form.address')}>
        <input
          id="expert-address"
          className={inputClass}
          required
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
      </Field>
      <Field id="expert-consent-given" label={t('readiness.form.consentGiven')}>
        <input
          id="expert-consent-given"
          type="date"
          className={inputClass}
          required
          value={givenOn}
          onChange={(e) => setGivenOn(e.target.value)}
        />
      </Field>
      <Field id="expert-consent-scope" label={t('readiness.form.consentScope')}>
        <select
          id="expert-consent-scope"
          className={selectClass}
          value={scope}
          onChange={(e) => setScope(e.target.value as ConsentScope)}
        >
          {CONSENT_SCOPES.map((s) => (
            <option key={s} value={s}>
              {tDynamic(`readiness.scope.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="expert-consent-expires" label={t('readiness.form.consentExpires')}>
        <input
          id="expert-consent-expires"
          type="date"
          className={inputClass}
          required
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="primary-action-button">
        {t('readiness.experts.addSubmit')}
      </Button>
    </form>
  );
}
