import { useState } from 'react';
import { READINESS_ITEM_KINDS } from '@weegschaal/core';
import type { ReadinessItemKind } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { send } from '../auth/api-send.ts';
import { ApiForm, CodeSelect, Field, TextInput, orNull } from './form-fields.tsx';

/** Adds an item to the dormant checklist, with its owner and how often it is reviewed. */
export function ReadinessItemForm({ onDone }: { onDone: () => void }) {
  const { t, tDynamic } = useLocale();
  const [kind, setKind] = useState<ReadinessItemKind>('other');
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [interval, setInterval] = useState('12');
  const [lastReviewedOn, setLastReviewedOn] = useState('');
  return (
    <ApiForm
      id="item-form"
      title={t('readiness.items.add')}
      submitLabel={t('readiness.items.addSubmit')}
      submit={() =>
        send('POST', '/readiness-items', {
          kind,
          title,
          owner,
          intervalMonths: Number(interval),
          lastReviewedOn: orNull(lastReviewedOn),
        })
      }
      onDone={onDone}
    >
      <Field id="item-kind" name="kind" label={t('readiness.items.kind')}>
        <CodeSelect
          id="item-kind"
          value={kind}
          options={READINESS_ITEM_KINDS}
          label={(k) => tDynamic(`readiness.kind.${k}`)}
          onChange={setKind}
        />
      </Field>
      <Field id="item-title" name="title" label={t('readiness.item')}>
        <TextInput id="item-title" required value={title} onChange={setTitle} />
      </Field>
      <Field id="item-owner" name="owner" label={t('readiness.owner')}>
        <TextInput id="item-owner" required value={owner} onChange={setOwner} />
      </Field>
      <Field id="item-interval" name="intervalMonths" label={t('readiness.items.interval')}>
        <TextInput
          id="item-interval"
          type="number"
          min={1}
          max={60}
          required
          value={interval}
          onChange={setInterval}
        />
      </Field>
      <Field id="item-reviewed" name="lastReviewedOn" label={t('readiness.lastReviewed')}>
        <TextInput
          id="item-reviewed"
          type="date"
          value={lastReviewedOn}
          onChange={setLastReviewedOn}
        />
      </Field>
    </ApiForm>
  );
}
