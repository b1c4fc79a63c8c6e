import { useState } from 'react';
import { Button, Heading } from '@rijkshuisstijl-community/components-react';
import { READINESS_ITEM_KINDS } from '@weegschaal/core';
import type { ReadinessItemKind } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { send } from '../auth/api-send.ts';
import { Field, ProblemAlert, inputClass, selectClass } from './form-fields.tsx';

/** Adds an item to the dormant checklist, with its owner and how often it is reviewed. */
export function ReadinessItemForm({ onDone }: { onDone: () => void }) {
  const { t, tDynamic } = useLocale();
  const [kind, setKind] = useState<ReadinessItemKind>('other');
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [interval, setInterval] = useState('12');
  const [lastReviewedOn, setLastReviewedOn] = useState('');
  const [problem, setProblem] = useState<Error | null>(null);
  return (
    <form
      className="ws-form"
      aria-labelledby="item-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        setProblem(null);
        send('POST', '/readiness-items', {
          kind,
          title,
          owner,
          intervalMonths: Number(interval),
          lastReviewedOn: lastReviewedOn || null,
        }).then(onDone, (err: Error) => setProblem(err));
      }}
    >
      <Heading level={3} id="item-form-heading">
        {t('readiness.items.add')}
      </Heading>
      <ProblemAlert problem={problem} />
      <Field id="item-kind" label={t('readiness.items.kind')}>
        <select
          id="item-kind"
          className={selectClass}
          value={kind}
          onChange={(e) => setKind(e.target.value as ReadinessItemKind)}
        >
          {READINESS_ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {tDynamic(`readiness.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="item-title" label={t('readiness.item')}>
        <input
          id="item-title"
          className={inputClass}
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </Field>
      <Field id="item-owner" label={t('readiness.owner')}>
        <input
          id="item-owner"
          className={inputClass}
          required
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
        />
      </Field>
      <Field id="item-interval" label={t('readiness.items.interval')}>
        <input
          id="item-interval"
          type="number"
          min={1}
          max={60}
          className={inputClass}
          required
          value={interval}
          onChange={(e) => setInterval(e.target.value)}
        />
      </Field>
      <Field id="item-reviewed" label={t('readiness.lastReviewed')}>
        <input
          id="item-reviewed"
          type="date"
          className={inputClass}
          value={lastReviewedOn}
          onChange={(e) => setLastReviewedOn(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="primary-action-button">
        {t('readiness.items.addSubmit')}
      </Button>
    </form>
  );
}
