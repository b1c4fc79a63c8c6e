import { Link } from 'wouter';
import {
  Alert,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import type { Playbook } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import type { Loadable } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { fill, formatDate } from '../advice/format.ts';
import { ReadinessFrame } from '../readiness/readiness-frame.tsx';
import { KnowledgeSearch } from './knowledge-search.tsx';
import { ITEM_PATHS } from './knowledge-types.ts';
import type { DossierList, LessonList, PlaybookList } from './knowledge-types.ts';
import './knowledge.css';

/** Renders the loading and error states of a resource the same way for every section. */
function Loaded<T>({
  value,
  children,
}: {
  value: Loadable<T>;
  children: (data: T) => React.ReactNode;
}) {
  const { t } = useLocale();
  if (value.state === 'loading')
    return <Paragraph role="status">{t('knowledge.loading')}</Paragraph>;
  if (value.state === 'error')
    return (
      <Alert type="error">
        <Paragraph>{value.error.message}</Paragraph>
      </Alert>
    );
  return <>{children(value.data)}</>;
}

function DemoTag({ demo }: { demo: boolean }) {
  const { t } = useLocale();
  return demo ? <span className="ws-demo-tag"> ({t('knowledge.demo')})</span> : null;
}

export function ReviewText({ playbook }: { playbook: Playbook }) {
  const { t } = useLocale();
  const r = playbook.review;
  return r.stale ? (
    <span className="ws-stale-label">
      {fill(t('knowledge.review.stale'), { days: r.daysOverdue })}
    </span>
  ) : (
    <>{fill(t('knowledge.review.current'), { days: -r.daysOverdue })}</>
  );
}

function Dossiers() {
  const { t, locale } = useLocale();
  return (
    <Loaded value={useApi<DossierList>('/dossiers')}>
      {({ items }) =>
        items.length === 0 ? (
          <Paragraph>{t('knowledge.none')}</Paragraph>
        ) : (
          <Table data-testid="knowledge-dossiers">
            <caption>{t('knowledge.dossiers.caption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('knowledge.field.title')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.field.theme')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.field.owner')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.field.reviewBy')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((d) => (
                <TableRow key={d.id}>
                  <TableHeaderCell scope="row">
                    <Link href={`${ITEM_PATHS.dossier.web}/${d.id}`}>{d.title}</Link>
                    <DemoTag demo={d.demo} />
                  </TableHeaderCell>
                  <TableCell>{d.theme}</TableCell>
                  <TableCell>{d.owner}</TableCell>
                  <TableCell>{d.reviewBy ? formatDate(d.reviewBy, locale) : '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )
      }
    </Loaded>
  );
}

function Lessons() {
  const { t, tDynamic, locale } = useLocale();
  return (
    <Loaded value={useApi<LessonList>('/lessons-learned')}>
      {({ items }) =>
        items.length === 0 ? (
          <Paragraph>{t('knowledge.none')}</Paragraph>
        ) : (
          <Table data-testid="knowledge-lessons">
            <caption>{t('knowledge.lessons.caption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('knowledge.field.title')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.field.occurredOn')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.field.followUpOwner')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.field.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((l) => (
                <TableRow key={l.id}>
                  <TableHeaderCell scope="row">
                    <Link href={`${ITEM_PATHS.lesson.web}/${l.id}`}>{l.title}</Link>
                    <DemoTag demo={l.demo} />
                  </TableHeaderCell>
                  <TableCell>
                    {l.occurredOn ? formatDate(l.occurredOn, locale) : t('knowledge.unknown')}
                  </TableCell>
                  <TableCell>{l.followUpOwner}</TableCell>
                  <TableCell>{tDynamic(`knowledge.status.${l.status}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )
      }
    </Loaded>
  );
}

function Playbooks() {
  const { t, tDynamic, locale } = useLocale();
  return (
    <Loaded value={useApi<PlaybookList>('/playbooks')}>
      {({ items, today }) =>
        items.length === 0 ? (
          <Paragraph>{t('knowledge.none')}</Paragraph>
        ) : (
          <Table className="ws-readiness-table" data-testid="knowledge-playbooks">
            <caption>
              {fill(t('knowledge.playbooks.caption'), { date: formatDate(today, locale) })}
            </caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('knowledge.field.title')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.field.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.field.sector')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.field.reviewBy')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('knowledge.field.review')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((p) => (
                <TableRow key={p.id} data-status={p.review.stale ? 'stale' : 'current'}>
                  <TableHeaderCell scope="row">
                    <Link href={`${ITEM_PATHS.playbook.web}/${p.id}`}>{p.title}</Link>
                    <DemoTag demo={p.demo} />
                  </TableHeaderCell>
                  <TableCell>{tDynamic(`knowledge.kind.${p.kind}`)}</TableCell>
                  <TableCell>{p.sector}</TableCell>
                  <TableCell>{formatDate(p.reviewBy, locale)}</TableCell>
                  <TableCell>
                    <ReviewText playbook={p} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )
      }
    </Loaded>
  );
}

export function KnowledgePage() {
  const { t } = useLocale();
  const { can } = useSession();
  return (
    <ReadinessFrame
      title={t('knowledge.title')}
      current="/readiness/knowledge"
      intro={t('knowledge.intro')}
      permission="knowledge:read"
    >
      {can('knowledge:write') && (
        <Paragraph>
          <Link href="/readiness/knowledge/new">{t('knowledge.new.link')}</Link>
        </Paragraph>
      )}
      <KnowledgeSearch />
      <Heading level={3}>{t('knowledge.dossiers.title')}</Heading>
      <Dossiers />
      <Heading level={3}>{t('knowledge.lessons.title')}</Heading>
      <Lessons />
      <Heading level={3}>{t('knowledge.playbooks.title')}</Heading>
      <Playbooks />
    </ReadinessFrame>
  );
}
