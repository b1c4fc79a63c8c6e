import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { KNOWLEDGE_ITEM_TYPES } from '@weegschaal/core';
import type { KnowledgeItemType } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { ReadinessFrame } from '../readiness/readiness-frame.tsx';
import { CodeSelect, Field } from '../readiness/form-fields.tsx';
import { KnowledgeItemForm } from './knowledge-item-form.tsx';
import { ITEM_PATHS } from './knowledge-types.ts';
import './knowledge.css';

/** Records a new dossier, lesson or playbook; once saved the item's own page opens. */
export function KnowledgeNewPage() {
  const { t } = useLocale();
  const [type, setType] = useState<KnowledgeItemType>('lesson');
  const [, navigate] = useLocation();
  return (
    <ReadinessFrame
      title={t('knowledge.new.title')}
      current="/readiness/knowledge"
      intro={t('knowledge.new.intro')}
      permission="knowledge:write"
    >
      <Paragraph>
        <Link href="/readiness/knowledge">{t('knowledge.back')}</Link>
      </Paragraph>
      <Field id="knowledge-type" label={t('knowledge.new.type')}>
        <CodeSelect
          id="knowledge-type"
          value={type}
          options={KNOWLEDGE_ITEM_TYPES}
          label={(k) => t(`knowledge.type.${k}`)}
          onChange={setType}
        />
      </Field>
      <KnowledgeItemForm
        key={type}
        type={type}
        initial={null}
        onDone={(saved) => navigate(`${ITEM_PATHS[type].web}/${saved.id}`)}
      />
    </ReadinessFrame>
  );
}
