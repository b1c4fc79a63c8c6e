import { SIGNAL_DOMAINS, TARGET_GROUPS } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';

/**
 * A labelled native select of codes. `empty` adds a first option with the value '' ("choose…"
 * in a form, "all" in a filter).
 */
export function CodeSelect<T extends string>({
  id,
  label,
  value,
  onChange,
  options,
  optionLabel,
  empty,
  required = false,
  invalid = false,
  fieldClass = 'ws-field',
}: {
  id: string;
  label: string;
  value: T | '';
  onChange(value: T | ''): void;
  options: readonly T[];
  optionLabel(option: T): string;
  empty?: string;
  required?: boolean;
  invalid?: boolean;
  fieldClass?: string;
}) {
  return (
    <div className={fieldClass}>
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        required={required}
        aria-invalid={invalid || undefined}
        value={value}
        onChange={(e) => onChange(e.target.value as T | '')}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

type SelectProps<T extends string> = Omit<
  Parameters<typeof CodeSelect<T>>[0],
  'options' | 'optionLabel' | 'label'
>;

/** The signal domains (the indicator themes), by their names. */
export function DomainSelect(props: SelectProps<(typeof SIGNAL_DOMAINS)[number]>) {
  const { t } = useLocale();
  return (
    <CodeSelect
      {...props}
      label={t('signals.field.domain')}
      options={SIGNAL_DOMAINS}
      optionLabel={(d) => t(`sp.theme.${d}`)}
    />
  );
}

/** The target groups of the practice circles. */
export function GroupSelect(props: SelectProps<(typeof TARGET_GROUPS)[number]>) {
  const { t } = useLocale();
  return (
    <CodeSelect
      {...props}
      label={t('signals.field.targetGroup')}
      options={TARGET_GROUPS}
      optionLabel={(g) => t(`signals.group.${g}`)}
    />
  );
}
