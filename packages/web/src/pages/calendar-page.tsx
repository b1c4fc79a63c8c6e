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
import type { Occurrence } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { AdviceNav } from '../advice/advice-nav.tsx';
import { RequirePermission } from '../advice/require-login.tsx';
import { formatDate } from '../advice/format.ts';

function CalendarTable() {
  const { t, tDynamic, locale } = useLocale();
  const calendar = useApi<{
    timeZone: string;
    from: string;
    to: string;
    occurrences: Occurrence[];
  }>('/calendar');
  const feed = useApi<{ url: string }>('/calendar/feed-address');
  if (calendar.state === 'loading') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  if (calendar.state === 'error')
    return <Paragraph role="alert">{calendar.error.message}</Paragraph>;
  return (
    <>
      <Paragraph>{t('calendar.intro')}</Paragraph>
      {feed.state === 'ready' && (
        <Paragraph>
          <a href={feed.data.url} data-testid="ical-feed">
            {t('calendar.feed')}
          </a>{' '}
          <span className="ws-hint">{t('calendar.feedHint')}</span>
        </Paragraph>
      )}
      <Table data-testid="calendar">
        <caption>
          {formatDate(calendar.data.from, locale)} – {formatDate(calendar.data.to, locale)} (
          {calendar.data.timeZone})
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('calendar.date')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('calendar.time')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('calendar.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('calendar.meeting')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {calendar.data.occurrences.map((o) => (
            <TableRow key={o.uid}>
              <TableHeaderCell scope="row">{formatDate(o.date, locale)}</TableHeaderCell>
              <TableCell>{o.localStartTime}</TableCell>
              <TableCell>{tDynamic(`meeting.${o.kind}`)}</TableCell>
              <TableCell>
                {o.title}
                {o.note && ` – ${o.note}`}
                {o.demo && <span className="ws-demo-tag"> ({t('demo.label')})</span>}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

export function CalendarPage() {
  const { t } = useLocale();
  return (
    <>
      <Heading level={2}>{t('calendar.title')}</Heading>
      <AdviceNav current="/advice/calendar" />
      <RequirePermission permission="calendar:read">
        <CalendarTable />
      </RequirePermission>
    </>
  );
}
