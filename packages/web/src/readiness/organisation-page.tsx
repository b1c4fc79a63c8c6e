import { amsterdamDate } from '@weegschaal/core';
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
import type { ContactChannel } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { fill, formatDate } from '../advice/format.ts';
import { ReadinessFrame } from './readiness-frame.tsx';
import type {
  CommitteeRole,
  PracticeCircleView,
  SecondmentAgreement,
  SecretariatPosition,
} from './readiness-types.ts';

export function Contact({ contact }: { contact: ContactChannel | null }) {
  const { tDynamic } = useLocale();
  return (
    <>{contact ? `${tDynamic(`readiness.channel.${contact.kind}`)}: ${contact.address}` : '–'}</>
  );
}

function DemoTag({ demo }: { demo: boolean }) {
  const { t } = useLocale();
  return demo ? <span className="ws-demo-tag"> ({t('readiness.demo')})</span> : null;
}

function Committee() {
  const { t, tDynamic, locale } = useLocale();
  const roles = useApi<{ items: CommitteeRole[] }>('/committee-roles');
  if (roles.state !== 'ready') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  return (
    <Table data-testid="committee-roles">
      <caption>{t('readiness.committee.caption')}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('readiness.committee.role')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('readiness.committee.byFunction')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('readiness.holder')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('readiness.attentionArea')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('readiness.contact')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('readiness.verified')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {roles.data.items.map((r) => (
          <TableRow key={r.id}>
            <TableHeaderCell scope="row">
              {r.title} ({tDynamic(`readiness.roleKind.${r.kind}`)})
              <DemoTag demo={r.demo} />
            </TableHeaderCell>
            <TableCell>{r.byFunction ?? '–'}</TableCell>
            <TableCell>{r.holderName ?? t('readiness.vacant')}</TableCell>
            <TableCell>
              {r.attentionArea ? tDynamic(`readiness.area.${r.attentionArea}`) : '–'}
            </TableCell>
            <TableCell>
              <Contact contact={r.contact} />
            </TableCell>
            <TableCell>
              {r.contactVerifiedOn ? formatDate(r.contactVerifiedOn, locale) : t('readiness.never')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Secretariat() {
  const { t, locale } = useLocale();
  const positions = useApi<{ items: SecretariatPosition[] }>('/secretariat-positions');
  const agreements = useApi<{ items: SecondmentAgreement[] }>('/secondment-agreements');
  if (positions.state !== 'ready' || agreements.state !== 'ready')
    return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  const today = amsterdamDate(new Date());
  return (
    <>
      <Table data-testid="secondment-agreements" className="ws-readiness-table">
        <caption>{t('readiness.agreements.caption')}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('readiness.department')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.agreements.fte')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.agreements.notice')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.agreements.contact')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.agreements.reviewOn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {agreements.data.items.map((a) => {
            const overdue = a.reviewOn < today;
            return (
              <TableRow key={a.id} data-status={overdue ? 'stale' : 'current'}>
                <TableHeaderCell scope="row">
                  {a.department}
                  <DemoTag demo={a.demo} />
                </TableHeaderCell>
                <TableCell>{a.fte.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB')}</TableCell>
                <TableCell>{fill(t('readiness.agreements.days'), { n: a.noticeDays })}</TableCell>
                <TableCell>
                  {a.contactName}, <Contact contact={a.contact} />
                </TableCell>
                <TableCell>
                  {formatDate(a.reviewOn, locale)}
                  {overdue && (
                    <span className="ws-stale-label"> – {t('readiness.agreements.overdue')}</span>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Table data-testid="secretariat-positions">
        <caption>{t('readiness.positions.caption')}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('readiness.positions.title')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.department')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.holder')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.contact')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('readiness.verified')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {positions.data.items.map((p) => (
            <TableRow key={p.id}>
              <TableHeaderCell scope="row">
                {p.title}
                <DemoTag demo={p.demo} />
              </TableHeaderCell>
              <TableCell>
                {p.department}
                {p.agreementId === null && ` (${t('readiness.positions.noAgreement')})`}
              </TableCell>
              <TableCell>{p.holderName ?? t('readiness.vacant')}</TableCell>
              <TableCell>
                <Contact contact={p.contact} />
              </TableCell>
              <TableCell>
                {p.contactVerifiedOn
                  ? formatDate(p.contactVerifiedOn, locale)
                  : t('readiness.never')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

function PracticeCircles() {
  const { t, locale } = useLocale();
  const circles = useApi<{ items: PracticeCircleView[] }>('/practice-circles');
  if (circles.state === 'error') return <Paragraph>{t('readiness.circles.unavailable')}</Paragraph>;
  if (circles.state !== 'ready') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  return (
    <Table data-testid="practice-circles">
      <caption>{t('readiness.circles.caption')}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('readiness.circles.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('readiness.circles.members')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {circles.data.items.map((c) => (
          <TableRow key={c.id}>
            <TableHeaderCell scope="row">
              {locale === 'nl' ? c.nameNl : c.nameEn}
              <DemoTag demo={c.demo} />
            </TableHeaderCell>
            <TableCell>{c.memberCount}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function OrganisationPage() {
  const { t } = useLocale();
  const { can } = useSession();
  return (
    <ReadinessFrame
      title={t('readiness.organisation.title')}
      current="/readiness/organisation"
      intro={t('readiness.organisation.intro')}
      permission="organisation:read"
    >
      <Heading level={3}>{t('readiness.committee.title')}</Heading>
      <Committee />
      <Heading level={3}>{t('readiness.secretariat.title')}</Heading>
      <Secretariat />
      {can('practice-circles:read') && (
        <>
          <Heading level={3}>{t('readiness.circles.title')}</Heading>
          <PracticeCircles />
        </>
      )}
    </ReadinessFrame>
  );
}
