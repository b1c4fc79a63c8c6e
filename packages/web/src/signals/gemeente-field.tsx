import { useId, useMemo, useState } from 'react';
import type { Region } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { regionName } from '../societal-picture/format.ts';
import { gemeenteOptionLabel, resolveGemeente } from './gemeente-match.ts';

/**
 * A gemeente chosen by typing its name: a text box with the gemeenten as suggestions (a native
 * datalist, which screen readers and phone keyboards handle), and a live line below saying
 * which gemeente the text resolved to. A map click elsewhere sets `value` and fills the text.
 */
export function GemeenteField({
  id,
  label,
  gemeenten,
  value,
  onChange,
  required = false,
  invalid = false,
}: {
  id: string;
  label: string;
  gemeenten: readonly Region[];
  value: string | null;
  onChange(code: string | null): void;
  required?: boolean;
  invalid?: boolean;
}) {
  const { t } = useLocale();
  const listId = useId();
  const byCode = useMemo(() => new Map(gemeenten.map((g) => [g.code, g])), [gemeenten]);
  const chosen = value ? (byCode.get(value) ?? null) : null;
  const [text, setText] = useState(chosen ? gemeenteOptionLabel(chosen) : '');
  // a choice made elsewhere (the map, a reset, the gemeenten arriving) shows up in the text
  // box; adjusted while rendering, as React advises for state derived from props
  const syncKey = `${value ?? ''}|${gemeenten.length}`;
  const [syncedFor, setSyncedFor] = useState(syncKey);
  if (syncedFor !== syncKey) {
    setSyncedFor(syncKey);
    const resolved = resolveGemeente(text, gemeenten);
    if (chosen && resolved?.code !== chosen.code) setText(gemeenteOptionLabel(chosen));
    else if (!chosen && resolved) setText('');
  }
  const sorted = useMemo(
    () => [...gemeenten].sort((a, b) => regionName(a).localeCompare(regionName(b), 'nl')),
    [gemeenten],
  );
  return (
    <div className="ws-field">
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      <input
        id={id}
        list={listId}
        className="utrecht-textbox utrecht-textbox--html-input"
        autoComplete="off"
        required={required}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-status`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(resolveGemeente(e.target.value, gemeenten)?.code ?? null);
        }}
      />
      <datalist id={listId}>
        {sorted.map((g) => (
          <option key={g.code} value={gemeenteOptionLabel(g)} />
        ))}
      </datalist>
      <span id={`${id}-status`} className="ws-hint" aria-live="polite">
        {chosen
          ? `${t('signals.region.chosen')} ${gemeenteOptionLabel(chosen)}`
          : text.trim()
            ? t('signals.region.unknown')
            : t('signals.region.hint')}
      </span>
    </div>
  );
}
