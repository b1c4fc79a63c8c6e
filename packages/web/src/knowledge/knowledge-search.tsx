import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { fill } from '../advice/format.ts';
import { Field, inputClass } from '../readiness/form-fields.tsx';
import { ITEM_PATHS } from './knowledge-types.ts';
import type { KnowledgeSearchResult } from './knowledge-types.ts';

function Results({ query }: { query: string }) {
  const { t, tDynamic } = useLocale();
  const result = useApi<KnowledgeSearchResult>(`/knowledge-search?q=${encodeURIComponent(query)}`);
  if (result.state === 'loading')
    return <Paragraph role="status">{t('knowledge.loading')}</Paragraph>;
  if (result.state === 'error')
    return (
      <Alert type="error">
        <Paragraph>{result.error.message}</Paragraph>
      </Alert>
    );
  const { hits } = result.data;
  return (
    <section aria-label={t('knowledge.search.resultsLabel')} data-testid="knowledge-results">
      <Paragraph role="status">
        {hits.length === 0
          ? fill(t('knowledge.search.none'), { query })
          : fill(t('knowledge.search.results'), { count: hits.length, query })}
      </Paragraph>
      <ol className="ws-knowledge-hits">
        {hits.map((hit) => (
          <li key={`${hit.type}-${hit.id}`} data-testid="knowledge-hit">
            <Link href={`${ITEM_PATHS[hit.type].web}/${hit.id}`}>{hit.title}</Link>{' '}
            <span className="ws-knowledge-type">({tDynamic(`knowledge.type.${hit.type}`)})</span>
            {hit.demo && <span className="ws-demo-tag"> ({t('knowledge.demo')})</span>}
            <p className="ws-knowledge-snippet">
              {hit.snippet.map((part, i) =>
                part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The search form; the query lives in the address (?q=), so a search can be shared. */
export function KnowledgeSearch() {
  const { t } = useLocale();
  const query = new URLSearchParams(useSearch()).get('q')?.trim() ?? '';
  const [text, setText] = useState(query);
  const [, navigate] = useLocation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    navigate(q === '' ? '/readiness/knowledge' : `/readiness/knowledge?q=${encodeURIComponent(q)}`);
  };
  return (
    <>
      <Heading level={3}>{t('knowledge.search.title')}</Heading>
      <form role="search" onSubmit={submit} className="ws-knowledge-search">
        <Field id="knowledge-q" label={t('knowledge.search.label')}>
          <input
            id="knowledge-q"
            type="search"
            name="q"
            className={inputClass}
            value={text}
            aria-describedby="knowledge-q-hint"
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <Paragraph id="knowledge-q-hint">{t('knowledge.search.hint')}</Paragraph>
        <Button type="submit" appearance="primary-action-button">
          {t('knowledge.search.submit')}
        </Button>
      </form>
      {query !== '' && <Results query={query} />}
    </>
  );
}
