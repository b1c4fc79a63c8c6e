import type { Region, RegionLevel } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { regionName } from './format.ts';

const ORDER: readonly RegionLevel[] = [
  'land',
  'provincie',
  'veiligheidsregio',
  'ggd-regio',
  'gemeente',
];

/** A native select of regions grouped by level (Nederland first), labelled. */
export function RegionSelect({
  id,
  label,
  regions,
  value,
  onChange,
  levels = ORDER,
  placeholder,
}: {
  id: string;
  label: string;
  regions: readonly Region[];
  value: string;
  onChange(code: string): void;
  levels?: readonly RegionLevel[];
  placeholder?: string;
}) {
  const { t, locale } = useLocale();
  const collator = new Intl.Collator(locale);
  return (
    <div className="ws-sp-field">
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {levels.map((level) => {
          const inLevel = regions
            .filter((r) => r.level === level)
            .sort((a, b) => collator.compare(regionName(a), regionName(b)));
          if (inLevel.length === 0) return null;
          return (
            <optgroup key={level} label={t(`sp.levels.${level}`)}>
              {inLevel.map((r) => (
                <option key={r.code} value={r.code}>
                  {regionName(r)} ({r.code})
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}
