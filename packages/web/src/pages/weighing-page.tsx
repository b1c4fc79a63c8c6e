import { useState } from 'react';
import type { FormEvent } from 'react';
import {
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
import type { Bundle, FrameworkRecord } from '@weegschaal/core';
import { Link, useLocation } from 'wouter';
import { useApi } from '../api/api-client.ts';
import { send } from '../auth/api-send.ts';
import { useSession } from '../auth/session-context.tsx';
import { useLocale } from '../i18n/locale-context.tsx';
import type { ApiFrameworkList } from '../weighing/weighing-types.ts';
import '../weighing/weighing.css';

/** Every framework version, and (for the MIT) a form to start a new framework. */
export function WeighingPage() {
  const { t, tDynamic, locale } = useLocale();
  const { can } = useSession();
  const list = useApi<ApiFrameworkList>('/frameworks');
  return (
    <>
      <Heading level={2}>{t('weighing.title')}</Heading>
      <Paragraph>{t('weighing.intro')}</Paragraph>
      {list.state === 'loading' && <Paragraph role="status">{t('weighing.loading')}</Paragraph>}
      {list.state === 'error' && (
        <Paragraph role="alert">
          {t('weighing.error')} {list.error.message}
        </Paragraph>
      )}
      {list.state === 'ready' && list.data.items.length === 0 && (
        <Paragraph>{t('weighing.none')}</Paragraph>
      )}
      {list.state === 'ready' && list.data.items.length > 0 && (
        <Table data-testid="framework-list">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('weighing.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('weighing.version')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('weighing.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('weighing.packages')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('weighing.author')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.data.items.map((f) => (
              <TableRow key={f.id}>
                <TableCell>
                  <Link href={`/weighing/frameworks/${f.id}`}>
                    {locale === 'nl' ? f.nameNl : f.nameEn}
                  </Link>
                  {f.demo ? ` (${t('demo.label')})` : ''}
                </TableCell>
                <TableCell>{f.version}</TableCell>
                <TableCell>{tDynamic(`frameworkStatus.${f.status}`)}</TableCell>
                <TableCell>{f.packageCodes.length}</TableCell>
                <TableCell>{f.author}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {can('frameworks:write') && <NewFrameworkForm />}
    </>
  );
}

function NewFrameworkForm() {
  const { t, locale } = useLocale();
  const [, navigate] = useLocation();
  const bundles = useApi<{ items: Bundle[] }>('/bundles');
  const [code, setCode] = useState('');
  const [nameNl, setNameNl] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [description, setDescription] = useState('');
  const [packages, setPackages] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const created = await send<FrameworkRecord>('POST', '/frameworks', {
        code,
        nameNl,
        nameEn,
        description,
        packageCodes: packages,
        changeNote: '',
      });
      navigate(`/weighing/frameworks/${created.id}`);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="ws-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="utrecht-textbox utrecht-textbox--html-input"
        value={value}
        required
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );
  return (
    <form onSubmit={(e) => void submit(e)} className="ws-panel" aria-labelledby="new-framework">
      <Heading level={3} id="new-framework">
        {t('weighing.new')}
      </Heading>
      {field('fw-code', t('weighing.code'), code, setCode)}
      {field('fw-name-nl', t('weighing.nameNl'), nameNl, setNameNl)}
      {field('fw-name-en', t('weighing.nameEn'), nameEn, setNameEn)}
      <div className="ws-field">
        <label className="utrecht-form-label" htmlFor="fw-description">
          {t('weighing.description')}
        </label>
        <textarea
          id="fw-description"
          className="utrecht-textarea utrecht-textarea--html-textarea"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      {bundles.state === 'ready' && (
        <fieldset className="ws-fieldset">
          <legend>{t('weighing.packages')}</legend>
          {bundles.data.items.map((b) => (
            <div key={b.code} className="ws-check">
              <input
                id={`fw-package-${b.code}`}
                type="checkbox"
                checked={packages.includes(b.code)}
                onChange={(e) =>
                  setPackages(
                    e.target.checked ? [...packages, b.code] : packages.filter((p) => p !== b.code),
                  )
                }
              />
              <label htmlFor={`fw-package-${b.code}`}>
                {locale === 'nl' ? b.nameNl : b.nameEn}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {error && <Paragraph role="alert">{error}</Paragraph>}
      <Button type="submit" appearance="primary-action-button">
        {t('weighing.create')}
      </Button>
    </form>
  );
}
