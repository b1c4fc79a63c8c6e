import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { ADVISORY_BODIES, DEPARTMENTS } from '@weegschaal/core';
import type {
  AdviceRequest,
  AdvisoryBody,
  Department,
  InvalidParam,
  Measure,
  Occurrence,
} from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { ApiProblem, send } from '../auth/api-send.ts';
import { AdviceNav } from '../advice/advice-nav.tsx';
import { RequirePermission } from '../advice/require-login.tsx';
import { formatMoment } from '../advice/format.ts';

function NewRequestForm() {
  const { t, locale } = useLocale();
  const { session } = useSession();
  const [, navigate] = useLocation();
  const measures = useApi<{ items: Measure[] }>('/measures');
  const calendar = useApi<{ occurrences: Occurrence[] }>('/calendar');
  const ownDepartment = session?.user.role === 'ministry-official' ? session.user.department : null;
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [department, setDepartment] = useState<Department>(ownDepartment ?? 'VWS');
  const [scope, setScope] = useState<string[]>([]);
  const [mccUid, setMccUid] = useState('');
  const [addressees, setAddressees] = useState<AdvisoryBody[]>(['OMT', 'MIT']);
  const [problems, setProblems] = useState<InvalidParam[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const mccs =
    calendar.state === 'ready' ? calendar.data.occurrences.filter((o) => o.kind === 'MCC') : [];
  const submit = async () => {
    const mcc = mccs.find((o) => o.uid === mccUid) ?? mccs[0];
    setProblems([]);
    setFailure(null);
    try {
      const created = await send<AdviceRequest>('POST', '/advice-requests', {
        title,
        question,
        requestingDepartment: department,
        measureCodes: scope,
        mccUid: mcc?.uid ?? '',
        mccDate: mcc?.date ?? '1970-01-01',
        addressees,
      });
      navigate(`/advice/requests/${created.id}`);
    } catch (e) {
      if (e instanceof ApiProblem) setProblems(e.invalidParams);
      setFailure((e as Error).message);
    }
  };

  return (
    <form
      className="ws-form"
      aria-labelledby="new-request-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Heading level={3} id="new-request-heading">
        {t('advice.new.title')}
      </Heading>
      <div role="alert">
        {failure && (
          <Alert type="error">
            <Paragraph>{failure}</Paragraph>
            {problems.length > 0 && (
              <ul>
                {problems.map((p) => (
                  <li key={`${p.name}${p.reason}`}>
                    {p.name}: {p.reason}
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>
      <div className="ws-field">
        <label htmlFor="request-title" className="utrecht-form-label">
          {t('advice.field.title')}
        </label>
        <input
          id="request-title"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="ws-field">
        <label htmlFor="request-question" className="utrecht-form-label">
          {t('advice.field.question')}
        </label>
        <textarea
          id="request-question"
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={4}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
        />
      </div>
      <div className="ws-field">
        <label htmlFor="request-department" className="utrecht-form-label">
          {t('advice.field.department')}
        </label>
        <select
          id="request-department"
          className="utrecht-select utrecht-select--html-select"
          value={department}
          disabled={ownDepartment !== null}
          onChange={(e) => setDepartment(e.target.value as Department)}
        >
          {DEPARTMENTS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <div className="ws-field">
        <label htmlFor="request-mcc" className="utrecht-form-label">
          {t('advice.field.mcc')}
        </label>
        <select
          id="request-mcc"
          className="utrecht-select utrecht-select--html-select"
          value={mccUid || mccs[0]?.uid || ''}
          onChange={(e) => setMccUid(e.target.value)}
        >
          {mccs.map((o) => (
            <option key={o.uid} value={o.uid}>
              {o.title} – {formatMoment(o.startsAt, locale)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="ws-fieldset">
        <legend className="utrecht-form-label">{t('advice.field.addressees')}</legend>
        {ADVISORY_BODIES.map((b) => (
          <div key={b} className="ws-check">
            <input
              type="checkbox"
              id={`addressee-${b}`}
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={addressees.includes(b)}
              onChange={(e) =>
                setAddressees(
                  e.target.checked ? [...addressees, b] : addressees.filter((x) => x !== b),
                )
              }
            />
            <label
              htmlFor={`addressee-${b}`}
              className="utrecht-form-label utrecht-form-label--checkbox"
            >
              {b}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="ws-fieldset ws-fieldset--columns">
        <legend className="utrecht-form-label">{t('advice.field.measures')}</legend>
        {measures.state === 'ready' &&
          measures.data.items.map((m) => (
            <div key={m.code} className="ws-check">
              <input
                type="checkbox"
                id={`scope-${m.code}`}
                className="utrecht-checkbox utrecht-checkbox--html-input"
                checked={scope.includes(m.code)}
                onChange={(e) =>
                  setScope(
                    e.target.checked ? [...scope, m.code] : scope.filter((c) => c !== m.code),
                  )
                }
              />
              <label
                htmlFor={`scope-${m.code}`}
                className="utrecht-form-label utrecht-form-label--checkbox"
              >
                {locale === 'nl' ? m.nameNl : m.nameEn}
              </label>
            </div>
          ))}
      </fieldset>
      <Button type="submit" appearance="primary-action-button">
        {t('advice.new.submit')}
      </Button>
    </form>
  );
}

function RequestList() {
  const { t, locale } = useLocale();
  const { can } = useSession();
  const requests = useApi<{ items: AdviceRequest[] }>('/advice-requests');
  return (
    <>
      {requests.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {requests.state === 'error' && <Paragraph role="alert">{requests.error.message}</Paragraph>}
      {requests.state === 'ready' && requests.data.items.length === 0 && (
        <Paragraph>{t('advice.none')}</Paragraph>
      )}
      {requests.state === 'ready' && requests.data.items.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('advice.field.title')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('advice.field.department')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('advice.field.mcc')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('advice.field.addressees')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {requests.data.items.map((r) => (
              <TableRow key={r.id}>
                <TableHeaderCell scope="row">
                  <Link href={`/advice/requests/${r.id}`}>{r.title}</Link>
                  {r.demo && <span className="ws-demo-tag"> ({t('demo.label')})</span>}
                </TableHeaderCell>
                <TableCell>{r.requestingDepartment}</TableCell>
                <TableCell>{formatMoment(r.mccAt, locale)}</TableCell>
                <TableCell>{r.addressees.join(', ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {can('advice-requests:create') && <NewRequestForm />}
    </>
  );
}

export function AdvicePage() {
  const { t } = useLocale();
  return (
    <>
      <Heading level={2}>{t('area.advice')}</Heading>
      <AdviceNav current="/advice" />
      <Paragraph>{t('area.advice.intro')}</Paragraph>
      <RequirePermission permission="advice-requests:read">
        <RequestList />
      </RequirePermission>
    </>
  );
}
