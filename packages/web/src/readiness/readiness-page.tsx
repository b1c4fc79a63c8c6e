import { useState } from 'react';
import { Link } from 'wouter';
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
import type { ReadinessFinding } from '@weegschaal/core';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { send } from '../auth/api-send.ts';
import { fill, formatDate, formatMoment } from '../advice/format.ts';
import { ReadinessFrame } from './readiness-frame.tsx';
import { ProblemAlert } from './form-fields.tsx';
import { ReadinessItemForm } from './readiness-item-form.tsx';
import { TimingsList } from './activation-timings.tsx';
import { OrganisationStateActions } from './organisation-state-actions.tsx';
import type { AssessedItem, ReadinessOverview } from './readiness-types.ts';

function FindingText({ finding }: { finding: ReadinessFinding }) {
  const { tDynamic, locale } = useLocale();
  return (
    <>
      {fill(tDynamic(`readiness.finding.${finding.code}`), {
        since: finding.since ? formatDate(finding.since, locale) : '',
        subject: finding.subject ?? '',
      })}
    </>
  );
}

function ItemRow({
  item,
  onReviewed,
  onError,
}: {
  item: AssessedItem;
  onReviewed: () => void;
  onError: (error: Error) => void;
}) {
  const { t, tDynamic, locale } = useLocale();
  const { can } = useSession();
  const a = item.assessment;
  return (
    <TableRow data-testid="readiness-item" data-status={a.status}>
      <TableHeaderCell scope="row">
        {item.title}
        {item.demo && <span className="ws-demo-tag"> ({t('readiness.demo')})</span>}
      </TableHeaderCell>
      <TableCell>{item.owner}</TableCell>
      <TableCell>
        {item.lastReviewedOn ? formatDate(item.lastReviewedOn, locale) : t('readiness.never')}
      </TableCell>
      <TableCell>{a.nextReviewOn ? formatDate(a.nextReviewOn, locale) : '–'}</TableCell>
      <TableCell data-testid="readiness-status">
        <span className={a.status === 'stale' ? 'ws-stale-label' : undefined}>
          {tDynamic(`readiness.status.${a.status}`)}
        </span>
        {a.staleSince &&
          ` ${fill(t('readiness.since'), { date: formatDate(a.staleSince, locale) })}`}
      </TableCell>
      <TableCell>
        {a.findings.length === 0 ? (
          t('readiness.holds')
        ) : (
          <ul className="ws-findings">
            {a.findings.map((f, i) => (
              <li key={i}>
                <FindingText finding={f} />
              </li>
            ))}
          </ul>
        )}
      </TableCell>
      {can('readiness:write') && (
        <TableCell>
          <Button
            appearance="secondary-action-button"
            aria-label={fill(t('readiness.review.for'), { title: item.title })}
            onClick={() =>
              send('POST', `/readiness-items/${item.id}/reviews`).then(onReviewed, (e: Error) =>
                onError(e),
              )
            }
          >
            {t('readiness.review')}
          </Button>
        </TableCell>
      )}
    </TableRow>
  );
}

function Overview() {
  const { t, tDynamic, locale } = useLocale();
  const { can } = useSession();
  const [overview, reload] = useReloadableApi<ReadinessOverview>('/readiness');
  const [failure, setFailure] = useState<Error | null>(null);
  if (overview.state === 'loading') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  if (overview.state === 'error')
    return (
      <Alert type="error">
        <Paragraph>{overview.error.message}</Paragraph>
      </Alert>
    );
  const o = overview.data;
  return (
    <>
      <ProblemAlert problem={failure} />
      <Heading level={3}>{t('readiness.state.title')}</Heading>
      <Paragraph>
        <strong data-testid="organisation-state">
          {tDynamic(`readiness.state.${o.organisation.state}`)}
        </strong>
        {o.organisation.since &&
          ` ${fill(t('readiness.since'), { date: formatMoment(o.organisation.since, locale) })}`}
      </Paragraph>
      <Paragraph>{t('readiness.state.drillNote')}</Paragraph>
      {can('activations:run') && (
        <OrganisationStateActions state={o.organisation.state} onChanged={reload} />
      )}

      <Heading level={3}>{t('readiness.checklist.title')}</Heading>
      <dl className="ws-counts" data-testid="readiness-counts">
        <div>
          <dt>{t('readiness.status.stale')}</dt>
          <dd data-testid="stale-count">{o.stale}</dd>
        </div>
        <div>
          <dt>{t('readiness.status.due-soon')}</dt>
          <dd>{o.dueSoon}</dd>
        </div>
        <div>
          <dt>{t('readiness.status.current')}</dt>
          <dd>{o.current}</dd>
        </div>
      </dl>
      <Table className="ws-readiness-table" data-testid="readiness-items">
        <caption>
          {fill(t('readiness.checklist.caption'), { date: formatDate(o.today, locale) })}
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('readiness.item')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.owner')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.lastReviewed')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.nextReview')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.why')}</TableHeaderCell>
            {can('readiness:write') && (
              <TableHeaderCell scope="col">{t('readiness.action')}</TableHeaderCell>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {o.items.map((item) => (
            <ItemRow key={item.id} item={item} onReviewed={reload} onError={setFailure} />
          ))}
        </TableBody>
      </Table>

      {can('readiness:write') && <ReadinessItemForm onDone={reload} />}

      <Heading level={3}>{t('readiness.lastDrill.title')}</Heading>
      {o.lastDrill?.timings ? (
        <>
          <Paragraph>
            {fill(t('readiness.lastDrill.when'), {
              start: formatMoment(o.lastDrill.startedAt, locale),
              end: formatMoment(o.lastDrill.finishedAt, locale),
            })}
            {o.lastDrill.demo && <span className="ws-demo-tag"> ({t('readiness.demo')})</span>}{' '}
            <Link href={`/readiness/drills/${o.lastDrill.id}`}>{t('readiness.drill.open')}</Link>
          </Paragraph>
          <TimingsList timings={o.lastDrill.timings} testId="last-drill-timings" />
        </>
      ) : (
        <Paragraph>{t('readiness.lastDrill.none')}</Paragraph>
      )}
      {o.runningDrillId && (
        <Paragraph>
          <Link href={`/readiness/drills/${o.runningDrillId}`}>
            {t('readiness.drill.openRunning')}
          </Link>
        </Paragraph>
      )}
    </>
  );
}

export function ReadinessPage() {
  const { t } = useLocale();
  return (
    <ReadinessFrame
      title={t('area.readiness')}
      current="/readiness"
      intro={t('area.readiness.intro')}
      permission="readiness:read"
    >
      <Overview />
    </ReadinessFrame>
  );
}
