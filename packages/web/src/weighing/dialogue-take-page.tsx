import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { criterionLeaves } from '@weegschaal/core';
import type { Dialogue, DilemmaChoice, FrameworkRecord } from '@weegschaal/core';
import { Link, useParams } from 'wouter';
import { useApi } from '../api/api-client.ts';
import { send } from '../auth/api-send.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import './weighing.css';

/** Saaty's odd steps as words: finer steps add little for a lay participant. */
const STRENGTHS = [3, 5, 7, 9] as const;

interface Answer {
  choice: DilemmaChoice | null;
  strength: number;
}

/**
 * Taking part in a citizens' dialogue: no account, one group, one answer per dilemma. Built
 * for a phone first: one column, native radio buttons with large labels.
 */
export function DialogueTakePage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useLocale();
  const dialogue = useApi<Dialogue>(`/dialogues/${id}`);
  if (dialogue.state === 'loading')
    return <Paragraph role="status">{t('dialogue.loading')}</Paragraph>;
  if (dialogue.state === 'error')
    return (
      <Paragraph role="alert">
        {t('dialogue.error')} {dialogue.error.message}
      </Paragraph>
    );
  return <DialogueForm dialogue={dialogue.data} />;
}

function DialogueForm({ dialogue: d }: { dialogue: Dialogue }) {
  const { t, locale } = useLocale();
  // the framework gives the criteria their names; until it arrives the ids stand in
  const framework = useApi<{ framework: FrameworkRecord }>(`/frameworks/${d.frameworkId}`);
  const names = useMemo(
    () =>
      new Map(
        framework.state === 'ready'
          ? criterionLeaves(framework.data.framework.tree).map((l) => [
              l.id,
              locale === 'nl' ? l.nameNl : l.nameEn,
            ])
          : [],
      ),
    [framework, locale],
  );
  const [group, setGroup] = useState('');
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const title = locale === 'nl' ? d.titleNl : d.titleEn;
  const answered = d.dilemmas.filter((x) => answers[x.id]?.choice);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await send('POST', `/dialogues/${d.id}/responses`, {
        groupCode: group,
        answers: answered.map((x) => ({
          dilemmaId: x.id,
          choice: answers[x.id]!.choice,
          strength: answers[x.id]!.choice === 'equal' ? 1 : answers[x.id]!.strength,
        })),
      });
      setDone(true);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const update = (dilemmaId: string, change: Partial<Answer>) =>
    setAnswers((current) => ({
      ...current,
      [dilemmaId]: { choice: null, strength: 3, ...current[dilemmaId], ...change },
    }));

  return (
    <div className="ws-dialogue">
      <Heading level={2}>{title}</Heading>
      {d.demo && <Paragraph>({t('demo.label')})</Paragraph>}
      <Paragraph>{t('dialogue.intro')}</Paragraph>
      {done ? (
        <Paragraph role="status" data-testid="dialogue-thanks">
          {t('dialogue.thanks')}
        </Paragraph>
      ) : d.status === 'closed' ? (
        <Paragraph role="status">{t('dialogue.closedNotice')}</Paragraph>
      ) : (
        <form onSubmit={submit}>
          <fieldset className="ws-dialogue-fieldset">
            <legend className="utrecht-form-label">{t('dialogue.group')}</legend>
            {d.groups.map((g) => (
              <label key={g.code} className="ws-dialogue-option">
                <input
                  type="radio"
                  name="group"
                  value={g.code}
                  required
                  checked={group === g.code}
                  onChange={() => setGroup(g.code)}
                />{' '}
                {locale === 'nl' ? g.nameNl : g.nameEn}
              </label>
            ))}
          </fieldset>
          {d.dilemmas.map((x, k) => {
            const answer = answers[x.id];
            const a = names.get(x.criterionA) ?? x.criterionA;
            const b = names.get(x.criterionB) ?? x.criterionB;
            return (
              <fieldset key={x.id} className="ws-dialogue-fieldset" data-testid="dilemma">
                <legend className="utrecht-form-label">
                  {k + 1}. {locale === 'nl' ? x.questionNl : x.questionEn}
                </legend>
                {(
                  [
                    ['a', `${t('dialogue.first')} ${a}`],
                    ['equal', t('dialogue.equal')],
                    ['b', `${t('dialogue.second')} ${b}`],
                  ] as const
                ).map(([choice, label]) => (
                  <label key={choice} className="ws-dialogue-option">
                    <input
                      type="radio"
                      name={`choice-${x.id}`}
                      value={choice}
                      checked={answer?.choice === choice}
                      onChange={() => update(x.id, { choice })}
                    />{' '}
                    {label}
                  </label>
                ))}
                {answer?.choice && answer.choice !== 'equal' && (
                  <div className="ws-field">
                    <label className="utrecht-form-label" htmlFor={`strength-${x.id}`}>
                      {t('dialogue.strength')}
                    </label>
                    <select
                      id={`strength-${x.id}`}
                      className="utrecht-select utrecht-select--html-select"
                      value={answer.strength}
                      onChange={(e) => update(x.id, { strength: Number(e.target.value) })}
                    >
                      {STRENGTHS.map((s) => (
                        <option key={s} value={s}>
                          {t(`dialogue.strength.${s}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </fieldset>
            );
          })}
          {error && <Paragraph role="alert">{error}</Paragraph>}
          <Button
            type="submit"
            appearance="primary-action-button"
            disabled={busy || answered.length === 0}
          >
            {t('dialogue.submit')}
          </Button>
        </form>
      )}
      <Paragraph>
        <Link href={`/weighing/frameworks/${d.frameworkId}`}>{t('dialogue.toFramework')}</Link>
      </Paragraph>
    </div>
  );
}
