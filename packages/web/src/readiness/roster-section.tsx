import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Button } from '@rijkshuisstijl-community/components-react';
import { useLocale } from '../i18n/locale-context.tsx';
import { send } from '../auth/api-send.ts';
import { StatusMessage } from './form-fields.tsx';
import type { Outcome } from './form-fields.tsx';
import { fill } from '../advice/format.ts';

/** Edit and remove buttons of one row; `null` when the reader may not change the roster. */
export type RowActions<T> = ((item: T) => ReactNode) | null;

/**
 * One collection of the roster with its add / edit / remove controls. Removal asks once more in
 * the row itself (no browser dialog, so it works the same by keyboard and screen reader); the
 * outcome is announced in a status region. `Saved` is what a save answers when the list gives
 * more (the expert pool lists each record with its retention).
 */
export function RosterSection<T extends { id: string }, Saved = T>({
  path,
  canWrite,
  describe,
  addLabel,
  onChanged,
  table,
  form,
}: {
  path: string;
  canWrite: boolean;
  /** how a row is named in button labels and messages */
  describe: (item: T | Saved) => string;
  addLabel: string;
  onChanged: () => void;
  table: (actions: RowActions<T>) => ReactNode;
  /** the add (initial null) or edit form; `done` after a save, `cancel` to close unsaved */
  form: (initial: T | null, done: (saved: Saved) => void, cancel: () => void) => ReactNode;
}) {
  const { t } = useLocale();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<Outcome | null>(null);
  // a closed form or a removed row takes the focused control with it: say where focus goes
  const [focusTo, setFocusTo] = useState<{ target: 'status' | 'add' } | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusTo?.target === 'status') status.current?.focus();
    if (focusTo?.target === 'add') add.current?.focus();
  }, [focusTo]);
  const remove = (item: T) =>
    send('DELETE', `${path}/${item.id}`).then(
      () => {
        setConfirming(null);
        setMessage({ ok: true, text: fill(t('readiness.removed'), { name: describe(item) }) });
        setFocusTo({ target: 'status' });
        onChanged();
      },
      (e: Error) => setMessage({ ok: false, text: e.message }),
    );
  const actions: RowActions<T> = canWrite
    ? (item) =>
        confirming === item.id ? (
          <span className="ws-row-actions">
            <Button appearance="primary-action-button" autoFocus onClick={() => void remove(item)}>
              {fill(t('readiness.removeConfirm'), { name: describe(item) })}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setConfirming(null)}>
              {t('readiness.removeKeep')}
            </Button>
          </span>
        ) : (
          <span className="ws-row-actions">
            <Button
              appearance="secondary-action-button"
              aria-label={fill(t('readiness.editFor'), { name: describe(item) })}
              onClick={() => {
                setMessage(null);
                setEditing(item);
              }}
            >
              {t('readiness.edit')}
            </Button>
            <Button
              appearance="subtle-button"
              aria-label={fill(t('readiness.removeFor'), { name: describe(item) })}
              onClick={() => {
                setMessage(null);
                setConfirming(item.id);
              }}
            >
              {t('readiness.remove')}
            </Button>
          </span>
        )
    : null;
  const close = (focus: 'status' | 'add') => {
    setEditing(null);
    setFocusTo({ target: focus });
  };
  return (
    <>
      <StatusMessage message={message} ref={status} />
      {table(actions)}
      {canWrite &&
        (editing === null ? (
          <Button ref={add} appearance="secondary-action-button" onClick={() => setEditing('new')}>
            {addLabel}
          </Button>
        ) : (
          <div key={editing === 'new' ? 'new' : editing.id}>
            {form(
              editing === 'new' ? null : editing,
              (saved) => {
                close('status');
                setMessage({
                  ok: true,
                  text: fill(t('readiness.saved'), { name: describe(saved) }),
                });
                onChanged();
              },
              () => close('add'),
            )}
          </div>
        ))}
    </>
  );
}
