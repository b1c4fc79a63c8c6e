import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import { Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Dossier, KnowledgeItemType, LessonLearned, Playbook } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { formatDate } from '../advice/format.ts';
import { ReadinessFrame } from '../readiness/readiness-frame.tsx';
import { KnowledgeLinks } from './knowledge-links.tsx';
import { ReviewText } from './knowledge-page.tsx';
import { StatusMessage } from '../readiness/form-fields.tsx';
import { KnowledgeItemForm } from './knowledge-item-form.tsx';
import { ITEM_PATHS } from './knowledge-types.ts';
import type { KnowledgeItem } from './knowledge-types.ts';
import './knowledge.css';

/** The item's fields as label/value pairs, in reading order. */
function useFields(type: KnowledgeItemType, item: KnowledgeItem): [string, ReactNode][] {
  const { t, tDynamic, locale } = useLocale();
  const date = (d: string | null) => (d ? formatDate(d, locale) : t('knowledge.unknown'));
  switch (type) {
    case 'dossier': {
      const d = item as Dossier;
      return [
        [t('knowledge.field.theme'), d.theme],
        [t('knowledge.field.summary'), d.summary],
        [t('knowledge.field.strategicAdvice'), d.strategicAdvice || '–'],
        [t('knowledge.field.owner'), d.owner],
        [t('knowledge.field.reviewBy'), d.reviewBy ? date(d.reviewBy) : '–'],
      ];
    }
    case 'lesson': {
      const l = item as LessonLearned;
      return [
        [t('knowledge.field.occurredOn'), date(l.occurredOn)],
        [t('knowledge.field.whatHappened'), l.whatHappened],
        [t('knowledge.field.whatWeLearned'), l.whatWeLearned],
        [t('knowledge.field.followUp'), l.followUp || '–'],
        [t('knowledge.field.followUpOwner'), l.followUpOwner],
        [t('knowledge.field.status'), tDynamic(`knowledge.status.${l.status}`)],
        [
          t('knowledge.field.dossier'),
          l.dossierId ? (
            <Link href={`${ITEM_PATHS.dossier.web}/${l.dossierId}`}>
              {t('knowledge.type.dossier')}
            </Link>
          ) : (
            '–'
          ),
        ],
      ];
    }
    case 'playbook': {
      const p = item as Playbook;
      return [
        [t('knowledge.field.kind'), tDynamic(`knowledge.kind.${p.kind}`)],
        [t('knowledge.field.sector'), p.sector],
        [t('knowledge.field.owner'), p.owner],
        [t('knowledge.field.body'), p.body],
        [t('knowledge.field.reviewBy'), date(p.reviewBy)],
        [t('knowledge.field.lastReviewed'), date(p.lastReviewedOn)],
        [t('knowledge.field.review'), <ReviewText key="review" playbook={p} />],
      ];
    }
    default: {
      const unreachable: never = type;
      throw new Error(`unknown knowledge item type ${String(unreachable)}`);
    }
  }
}

function Fields({ type, item }: { type: KnowledgeItemType; item: KnowledgeItem }) {
  const { t } = useLocale();
  const fields = useFields(type, item);
  return (
    <>
      <Heading level={3}>
        {item.title}
        {item.demo && <span className="ws-demo-tag"> ({t('knowledge.demo')})</span>}
      </Heading>
      <dl className="ws-knowledge-fields" data-testid="knowledge-item">
        {fields.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <Heading level={4}>{t('knowledge.field.links')}</Heading>
      <KnowledgeLinks links={item.links} />
    </>
  );
}

function ItemView({ type }: { type: KnowledgeItemType }) {
  const { t } = useLocale();
  const { can } = useSession();
  const { id } = useParams<{ id: string }>();
  const item = useApi<KnowledgeItem>(`${ITEM_PATHS[type].api}/${encodeURIComponent(id)}`);
  const [editing, setEditing] = useState(false);
  // the PUT answers with the item as stored: show that, no second request
  const [stored, setStored] = useState<KnowledgeItem | null>(null);
  const [saved, setSaved] = useState(false);
  // the closed form took the focus with it: to the outcome after a save, else back to Edit
  const [focusTo, setFocusTo] = useState<{ target: 'status' | 'edit' } | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const edit = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusTo?.target === 'status') status.current?.focus();
    if (focusTo?.target === 'edit') edit.current?.focus();
  }, [focusTo]);
  if (item.state === 'loading')
    return <Paragraph role="status">{t('knowledge.loading')}</Paragraph>;
  if (item.state === 'error')
    return (
      <Alert type="error">
        <Paragraph>{item.error.message}</Paragraph>
      </Alert>
    );
  const shown = stored?.id === item.data.id ? stored : item.data;
  return (
    <>
      <StatusMessage
        message={saved ? { ok: true, text: t('knowledge.saved') } : null}
        ref={status}
      />
      {editing ? (
        <KnowledgeItemForm
          type={type}
          initial={shown}
          onDone={(result) => {
            setEditing(false);
            setStored(result);
            setSaved(true);
            setFocusTo({ target: 'status' });
          }}
          onCancel={() => {
            setEditing(false);
            setFocusTo({ target: 'edit' });
          }}
        />
      ) : (
        <>
          <Fields type={type} item={shown} />
          {can('knowledge:write') && (
            <Button
              ref={edit}
              appearance="secondary-action-button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('knowledge.edit')}
            </Button>
          )}
        </>
      )}
    </>
  );
}

/** One dossier, lesson or playbook with everything it refers to. */
export function KnowledgeItemPage({ type }: { type: KnowledgeItemType }) {
  const { t } = useLocale();
  return (
    <ReadinessFrame
      title={`${t('knowledge.title')}: ${t(`knowledge.type.${type}`)}`}
      current="/readiness/knowledge"
      intro={null}
      permission="knowledge:read"
    >
      <Paragraph>
        <Link href="/readiness/knowledge">{t('knowledge.back')}</Link>
      </Paragraph>
      <ItemView type={type} />
    </ReadinessFrame>
  );
}
