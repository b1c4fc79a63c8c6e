import {
  Children,
  cloneElement,
  createContext,
  isValidElement,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { ReactElement, ReactNode, Ref } from 'react';
import { Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { CONTACT_KINDS } from '@weegschaal/core';
import type { ContactChannel, ContactKind, InvalidParam } from '@weegschaal/core';
import { ApiProblem } from '../auth/api-send.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { fieldPath, problemsAt, shownFieldOf } from './field-problems.ts';
import type { ShownField } from './field-problems.ts';

export const inputClass = 'utrecht-textbox utrecht-textbox--html-input';
export const selectClass = 'utrecht-select utrecht-select--html-select';
export const textareaClass = 'utrecht-textarea utrecht-textarea--html-textarea';

const ProblemsContext = createContext<InvalidParam[]>([]);
/** How a Field tells its form it is shown, so the refusal summary can name and link to it. */
const FieldsContext = createContext<((field: ShownField) => () => void) | null>(null);
/** The legend of the group a Field is in, so the summary tells 'Maatregel' of link 1 and 2 apart. */
const GroupContext = createContext<string | null>(null);

/** A fieldset whose legend the refusal summary puts before the labels of its fields. */
export function FieldGroup({
  legend,
  className,
  children,
}: {
  legend: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      <GroupContext value={legend}>{children}</GroupContext>
    </fieldset>
  );
}

/**
 * A labelled control; the label is tied to the control by id for screen readers. With `name`
 * (the API's field path) a refusal that names the field is shown under it and the control is
 * marked invalid and described by the reason.
 */
export function Field({
  id,
  label,
  name,
  whole,
  hint,
  children,
}: {
  id: string;
  label: string;
  name?: string;
  whole?: string;
  hint?: string;
  children: ReactNode;
}) {
  const here = problemsAt(useContext(ProblemsContext), name, whole);
  const register = useContext(FieldsContext);
  const group = useContext(GroupContext);
  // a layout effect, so a summary shown in the same commit (or relabelled by a language
  // switch) is corrected before it is painted
  useLayoutEffect(() => {
    if (register === null || (name === undefined && whole === undefined)) return;
    return register({ id, label: group === null ? label : `${group} – ${label}`, name, whole });
  }, [register, group, id, label, name, whole]);
  const described = [hint ? `${id}-hint` : null, here.length > 0 ? `${id}-error` : null]
    .filter((x) => x !== null)
    .join(' ');
  const only = Children.only(children);
  const control =
    isValidElement(only) && described !== ''
      ? cloneElement(only as ReactElement<Record<string, unknown>>, {
          'aria-describedby': described,
          ...(here.length > 0 ? { 'aria-invalid': true } : {}),
        })
      : only;
  return (
    <div className={here.length > 0 ? 'ws-field ws-field--invalid' : 'ws-field'}>
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="ws-hint">
          {hint}
        </span>
      )}
      {control}
      {here.length > 0 && (
        <span id={`${id}-error`} className="ws-error" data-testid="field-error">
          {here.map((p) => p.reason).join('; ')}
        </span>
      )}
    </div>
  );
}

/** What came of an action that is not a form (a removal, a purge), to announce. */
export interface Outcome {
  ok: boolean;
  text: string;
}

/**
 * Announces an outcome in a status region that is always there, so screen readers hear it.
 * With `ref` it can take focus, for when the control that was focused has gone (a removed row).
 */
export function StatusMessage({
  message,
  ref,
}: {
  message: Outcome | null;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div role="status" ref={ref} tabIndex={ref ? -1 : undefined}>
      {message && (
        <Alert type={message.ok ? 'ok' : 'error'}>
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

/**
 * A refused form says which field failed and why. A field the form shows is named by its
 * visible label and linked to its control (WCAG 3.3.1, 3.3.3); any other keeps the API's path,
 * so no reason is lost.
 */
export function ProblemAlert({
  problem,
  fields = [],
}: {
  problem: Error | null;
  fields?: readonly ShownField[];
}) {
  return (
    <div role="alert">
      {problem && (
        <Alert type="error">
          <Paragraph>{problem.message}</Paragraph>
          {problem instanceof ApiProblem && problem.invalidParams.length > 0 && (
            <ul data-testid="problem-summary">
              {problem.invalidParams.map((p) => (
                <li key={`${p.name}${p.reason}`}>
                  <ProblemName field={shownFieldOf(p, fields)} path={fieldPath(p)} />
                  {p.reason}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </div>
  );
}

/** The label of the field a reason is about, as an in-page link that focuses its control. */
function ProblemName({ field, path }: { field: ShownField | null; path: string }) {
  if (field === null) return path === '' ? null : `${path}: `;
  return (
    <>
      <a
        href={`#${field.id}`}
        onClick={(e) => {
          // the router owns the URL; moving focus is what the link is for
          e.preventDefault();
          const control = document.getElementById(field.id);
          control?.focus();
          control?.scrollIntoView({ block: 'center' });
        }}
      >
        {field.label}
      </a>
      {': '}
    </>
  );
}

/**
 * The frame every add/edit form of the readiness area shares: heading, the server's refusal
 * (summarised on top and at each field it names), submit, and cancel when editing.
 */
export function ApiForm<T>({
  id,
  title,
  submitLabel,
  submit,
  onDone,
  onCancel,
  focus = false,
  children,
}: {
  id: string;
  title: string;
  submitLabel: string;
  submit: () => Promise<T>;
  onDone: (result: T) => void;
  onCancel?: () => void;
  /** move focus to the heading when shown: a form opened by a button, not one on page load */
  focus?: boolean;
  children: ReactNode;
}) {
  const { t } = useLocale();
  const [problem, setProblem] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<readonly ShownField[]>([]);
  const register = useCallback((field: ShownField) => {
    setFields((shown) => [...shown.filter((f) => f.id !== field.id), field]);
    return () => setFields((shown) => shown.filter((f) => f !== field));
  }, []);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <form
      className="ws-form"
      aria-labelledby={`${id}-heading`}
      data-testid={id}
      onSubmit={(e) => {
        e.preventDefault();
        setProblem(null);
        setBusy(true);
        submit().then(
          (result) => {
            setBusy(false);
            onDone(result);
          },
          (err: Error) => {
            setBusy(false);
            setProblem(err);
          },
        );
      }}
    >
      <Heading level={3} id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      <ProblemAlert problem={problem} fields={fields} />
      <FieldsContext value={register}>
        <ProblemsContext value={problem instanceof ApiProblem ? problem.invalidParams : []}>
          {children}
        </ProblemsContext>
      </FieldsContext>
      <div className="ws-form-actions">
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('readiness.form.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

/** What Field passes to its control: the hint and error it is described by. */
interface Described {
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/** A text, date or number box bound to a string. */
export function TextInput({
  id,
  value,
  onChange,
  required = false,
  type = 'text',
  min,
  max,
  ...aria
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  type?: 'text' | 'date' | 'number';
  /** for type number: the bounds the API's schema sets */
  min?: number;
  max?: number;
} & Described) {
  return (
    <input
      id={id}
      type={type}
      className={inputClass}
      required={required}
      step={type === 'number' ? 'any' : undefined}
      min={min}
      max={max}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...aria}
    />
  );
}

/** A multi-line text bound to a string, for the long texts of the knowledge base. */
export function TextArea({
  id,
  value,
  onChange,
  required = false,
  ...aria
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
} & Described) {
  return (
    <textarea
      id={id}
      className={textareaClass}
      rows={5}
      required={required}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...aria}
    />
  );
}

/** A select over a fixed list of codes, each shown by its label; `empty` allows choosing none. */
export function CodeSelect<T extends string>({
  id,
  value,
  options,
  label,
  onChange,
  empty,
  ...aria
}: {
  id: string;
  value: T | '';
  options: readonly T[];
  label: (code: T) => string;
  onChange: (value: T) => void;
  empty?: string;
} & Described) {
  return (
    <select
      id={id}
      className={selectClass}
      value={value}
      onChange={(e) => onChange(e.target.value as T)}
      {...aria}
    >
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((o) => (
        <option key={o} value={o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
}

/** The empty string of a cleared optional field is null in the API. */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** The one channel kept to reach someone; the API names its parts contact.kind and .address. */
export function ContactFields({
  id,
  kind,
  address,
  onKind,
  onAddress,
  required = false,
}: {
  id: string;
  kind: ContactKind;
  address: string;
  onKind: (kind: ContactKind) => void;
  onAddress: (address: string) => void;
  required?: boolean;
}) {
  const { t, tDynamic } = useLocale();
  return (
    <>
      <Field id={`${id}-channel`} name="contact.kind" label={t('readiness.callUp.channel')}>
        <CodeSelect
          id={`${id}-channel`}
          value={kind}
          options={CONTACT_KINDS}
          label={(k) => tDynamic(`readiness.channel.${k}`)}
          onChange={onKind}
        />
      </Field>
      <Field
        id={`${id}-address`}
        name="contact.address"
        label={t('readiness.form.address')}
        hint={required ? undefined : t('readiness.form.addressOptional')}
      >
        <TextInput id={`${id}-address`} required={required} value={address} onChange={onAddress} />
      </Field>
    </>
  );
}

/** A contact as the API takes it: none when no address was given and none is required. */
export const contactOf = (kind: ContactKind, address: string): ContactChannel | null =>
  address.trim() === '' ? null : { kind, address };
