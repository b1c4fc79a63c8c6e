import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { Link } from 'wouter';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { AdviceNav } from '../advice/advice-nav.tsx';
import { formatMoment } from '../advice/format.ts';

interface PublicationView {
  id: string;
  title: string;
  summary: string;
  content: string | null;
  state: string;
  publishedAt: string | null;
  withdrawal: { withdrawnAt: string; reason: string } | null;
  woo: { informationCategory: string; wooArticle: string; creator: string; publisher: string };
  demo: boolean;
}

export function PublicationsPage() {
  const { t, tDynamic, locale } = useLocale();
  const list = useApi<{ items: PublicationView[] }>('/publications');
  return (
    <>
      <Heading level={2}>{t('publication.title')}</Heading>
      <AdviceNav current="/advice/publications" />
      <Paragraph>
        {t('publication.intro')}{' '}
        <a href="/api/v1/publications">{t('publication.machineReadable')}</a>
      </Paragraph>
      {list.state === 'ready' && list.data.items.length === 0 && (
        <Paragraph>{t('publication.none')}</Paragraph>
      )}
      {list.state === 'ready' && list.data.items.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('advice.field.title')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('publication.state')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('publication.publishedAt')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('publication.wooCategory')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.data.items.map((p) => (
              <TableRow key={p.id}>
                <TableHeaderCell scope="row">
                  <Link href={`/advice/publications/${p.id}`}>{p.title}</Link>
                  {p.demo && <span className="ws-demo-tag"> ({t('demo.label')})</span>}
                </TableHeaderCell>
                <TableCell>{tDynamic(`publication.state.${p.state}`)}</TableCell>
                <TableCell>{formatMoment(p.publishedAt, locale)}</TableCell>
                <TableCell>
                  {p.woo.informationCategory} ({p.woo.wooArticle})
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

export function PublicationPage({ params }: { params: { id: string } }) {
  const { t, locale } = useLocale();
  const pub = useApi<PublicationView>(`/publications/${params.id}`);
  return (
    <>
      <AdviceNav current="" />
      {pub.state === 'loading' && <Paragraph role="status">{t('home.loading')}</Paragraph>}
      {pub.state === 'error' && <Paragraph role="alert">{t('publication.notFound')}</Paragraph>}
      {pub.state === 'ready' && (
        <article>
          <Heading level={2}>{pub.data.title}</Heading>
          {pub.data.withdrawal && (
            <Paragraph data-testid="withdrawal-notice">
              {t('publication.withdrawn')} {formatMoment(pub.data.withdrawal.withdrawnAt, locale)}:{' '}
              {pub.data.withdrawal.reason}
            </Paragraph>
          )}
          {pub.data.summary && <Paragraph>{pub.data.summary}</Paragraph>}
          {pub.data.content && <div className="ws-publication">{pub.data.content}</div>}
          <dl className="ws-meta">
            <div>
              <dt>{t('publication.publishedAt')}</dt>
              <dd>{formatMoment(pub.data.publishedAt, locale)}</dd>
            </div>
            <div>
              <dt>{t('publication.wooCategory')}</dt>
              <dd>{pub.data.woo.informationCategory}</dd>
            </div>
            <div>
              <dt>{t('publication.publisher')}</dt>
              <dd>{pub.data.woo.publisher}</dd>
            </div>
          </dl>
        </article>
      )}
    </>
  );
}
