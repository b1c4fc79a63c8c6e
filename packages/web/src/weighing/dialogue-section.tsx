import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { criterionLeaves } from '@weegschaal/core';
import type { Dialogue, FrameworkRecord } from '@weegschaal/core';
import { Link } from 'wouter';
import { send } from '../auth/api-send.ts';
import { useSession } from '../auth/session-context.tsx';
import { useLocale } from '../i18n/locale-context.tsx';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The dialogues held on a framework version, and (for the MIT) opening a new one. */
export function DialogueSection({ framework }: { framework: FrameworkRecord }) {
  const { t, locale } = useLocale();
  const { can } = useSession();
  const [list, reload] = useReloadableApi<{ items: Dialogue[] }>(
    `/dialogues?frameworkId=${framework.id}`,
  );
  return (
    <section className="ws-weighing-section" aria-labelledby="dialogues-heading">
      <Heading level={3} id="dialogues-heading">
        {t('dialogue.section')}
      </Heading>
      <Paragraph>{t('dialogue.sectionIntro')}</Paragraph>
      {list.state === 'ready' && list.data.items.length === 0 && (
        <Paragraph>{t('dialogue.none')}</Paragraph>
      )}
      {list.state === 'ready' && list.data.items.length > 0 && (
        <ul data-testid="dialogue-list">
          {list.data.items.map((d) => (
            <li key={d.id}>
              {locale === 'nl' ? d.titleNl : d.titleEn} ({d.participants}{' '}
              {t('dialogue.participants')}, {t(`dialogue.status.${d.status}`)}
              {d.demo ? `, ${t('demo.label')}` : ''}):{' '}
              <Link href={`/weighing/dialogues/${d.id}`}>{t('dialogue.take')}</Link>
              {can('dialogues:results') && (
                <>
                  {' · '}
                  <Link href={`/weighing/dialogues/${d.id}/results`}>{t('dialogue.results')}</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {can('dialogues:manage') && <NewDialogueForm framework={framework} onCreated={reload} />}
    </section>
  );
}

function NewDialogueForm({
  framework,
  onCreated,
}: {
  framework: FrameworkRecord;
  onCreated: () => void;
}) {
  const { t, locale } = useLocale();
  const leaves = criterionLeaves(framework.tree);
  const [titleNl, setTitleNl] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [groups, setGroups] = useState('Jongeren | Young people\nOuderen | Elderly');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = groups
      .split('\n')
      .map((line) => line.split('|').map((part) => part.trim()))
      .filter(([nl]) => nl)
      .map(([nl, en]) => ({ code: slug(en || nl!), nameNl: nl!, nameEn: en || nl! }));
    try {
      await send('POST', '/dialogues', {
        frameworkId: framework.id,
        titleNl,
        titleEn,
        criterionIds: chosen,
        groups: parsed,
      });
      setMessage({ ok: true, text: t('dialogue.created') });
      onCreated();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  };
  return (
    <details>
      <summary>{t('dialogue.new')}</summary>
      <form onSubmit={submit}>
        <div className="ws-field">
          <label className="utrecht-form-label" htmlFor="dialogue-title-nl">
            {t('dialogue.titleNl')}
          </label>
          <input
            id="dialogue-title-nl"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={titleNl}
            required
            onChange={(e) => setTitleNl(e.target.value)}
          />
        </div>
        <div className="ws-field">
          <label className="utrecht-form-label" htmlFor="dialogue-title-en">
            {t('dialogue.titleEn')}
          </label>
          <input
            id="dialogue-title-en"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={titleEn}
            required
            onChange={(e) => setTitleEn(e.target.value)}
          />
        </div>
        <fieldset className="ws-fieldset">
          <legend className="utrecht-form-label">{t('dialogue.criteria')}</legend>
          <Paragraph>{t('dialogue.criteriaHint')}</Paragraph>
          {leaves.map((l) => (
            <label key={l.id} className="ws-check">
              <input
                type="checkbox"
                checked={chosen.includes(l.id)}
                onChange={(e) =>
                  setChosen((c) => (e.target.checked ? [...c, l.id] : c.filter((x) => x !== l.id)))
                }
              />
              {locale === 'nl' ? l.nameNl : l.nameEn}
            </label>
          ))}
        </fieldset>
        <div className="ws-field">
          <label className="utrecht-form-label" htmlFor="dialogue-groups">
            {t('dialogue.groups')}
          </label>
          <textarea
            id="dialogue-groups"
            className="utrecht-textarea utrecht-textarea--html-textarea"
            value={groups}
            onChange={(e) => setGroups(e.target.value)}
          />
        </div>
        <Button type="submit" appearance="primary-action-button">
          {t('dialogue.create')}
        </Button>
        {message && <Paragraph role={message.ok ? 'status' : 'alert'}>{message.text}</Paragraph>}
      </form>
    </details>
  );
}
