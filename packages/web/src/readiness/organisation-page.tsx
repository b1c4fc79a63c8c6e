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
import type { ContactChannel, MessageKey } from '@weegschaal/core';
import { useApi } from '../api/api-client.ts';
import { useReloadableApi } from '../measure-analysis/analysis-api.ts';
import { useLocale } from '../i18n/locale-context.tsx';
import { useSession } from '../auth/session-context.tsx';
import { fill, formatDate } from '../advice/format.ts';
import { ReadinessFrame } from './readiness-frame.tsx';
import { RosterSection } from './roster-section.tsx';
import type { RowActions } from './roster-section.tsx';
import { CommitteeRoleForm } from './committee-role-form.tsx';
import { SecondmentAgreementForm } from './secondment-agreement-form.tsx';
import { SecretariatPositionForm } from './secretariat-position-form.tsx';
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

function Committee({ canWrite }: { canWrite: boolean }) {
  const { t, tDynamic } = useLocale();
  const [roles, reload] = useReloadableApi<{ items: CommitteeRole[] }>('/committee-roles');
  if (roles.state !== 'ready') return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  return (
    <RosterSection<CommitteeRole>
      path="/committee-roles"
      canWrite={canWrite}
      describe={(r) => r.title}
      addLabel={t('readiness.committee.add')}
      onChanged={reload}
      form={(initial, done, cancel) => (
        <CommitteeRoleForm initial={initial} onDone={done} onCancel={cancel} />
      )}
      table={(actions) => (
        <Table data-testid="committee-roles">
          <caption>{t('readiness.committee.caption')}</caption>
          <ColumnHeaders
            actions={actions}
            labels={[
              'readiness.committee.role',
              'readiness.committee.byFunction',
              'readiness.holder',
              'readiness.attentionArea',
              'readiness.contact',
              'readiness.verified',
            ]}
          />
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
                <ContactCells contact={r.contact} verifiedOn={r.contactVerifiedOn} />
                {actions && <TableCell>{actions(r)}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    />
  );
}

/** The column headers of a roster table, with an actions column for who may change it. */
export function ColumnHeaders({
  labels,
  actions,
}: {
  labels: MessageKey[];
  actions: RowActions<never>;
}) {
  const { t } = useLocale();
  return (
    <TableHeader>
      <TableRow>
        {labels.map((label) => (
          <TableHeaderCell key={label} scope="col">
            {t(label)}
          </TableHeaderCell>
        ))}
        {actions && <TableHeaderCell scope="col">{t('readiness.actions')}</TableHeaderCell>}
      </TableRow>
    </TableHeader>
  );
}

/** Who holds a seat, how to reach them and when that was last checked. */
function ContactCells({
  contact,
  verifiedOn,
}: {
  contact: ContactChannel | null;
  verifiedOn: string | null;
}) {
  const { t, locale } = useLocale();
  return (
    <>
      <TableCell>
        <Contact contact={contact} />
      </TableCell>
      <TableCell>{verifiedOn ? formatDate(verifiedOn, locale) : t('readiness.never')}</TableCell>
    </>
  );
}

function Secretariat({ canWrite }: { canWrite: boolean }) {
  const { t, locale } = useLocale();
  const [positions, reloadPositions] = useReloadableApi<{ items: SecretariatPosition[] }>(
    '/secretariat-positions',
  );
  const [agreements, reloadAgreements] = useReloadableApi<{ items: SecondmentAgreement[] }>(
    '/secondment-agreements',
  );
  if (positions.state !== 'ready' || agreements.state !== 'ready')
    return <Paragraph role="status">{t('home.loading')}</Paragraph>;
  const today = amsterdamDate(new Date());
  // a removed agreement leaves its positions without one (on delete set null): reload both
  const reloadBoth = () => {
    reloadAgreements();
    reloadPositions();
  };
  return (
    <>
      <RosterSection<SecondmentAgreement>
        path="/secondment-agreements"
        canWrite={canWrite}
        describe={(a) => a.department}
        addLabel={t('readiness.agreements.add')}
        onChanged={reloadBoth}
        form={(initial, done, cancel) => (
          <SecondmentAgreementForm initial={initial} onDone={done} onCancel={cancel} />
        )}
        table={(actions) => (
          <Table data-testid="secondment-agreements" className="ws-readiness-table">
            <caption>{t('readiness.agreements.caption')}</caption>
            <ColumnHeaders
              actions={actions}
              labels={[
                'readiness.department',
                'readiness.agreements.fte',
                'readiness.agreements.notice',
                'readiness.agreements.contact',
                'readiness.agreements.reviewOn',
              ]}
            />
            <TableBody>
              {agreements.data.items.map((a) => {
                const overdue = a.reviewOn < today;
                return (
                  <TableRow key={a.id} data-status={overdue ? 'stale' : 'current'}>
                    <TableHeaderCell scope="row">
                      {a.department}
                      <DemoTag demo={a.demo} />
                    </TableHeaderCell>
                    <TableCell>
                      {a.fte.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB')}
                    </TableCell>
                    <TableCell>
                      {fill(t('readiness.agreements.days'), { n: a.noticeDays })}
                    </TableCell>
                    <TableCell>
                      {a.contactName}, <Contact contact={a.contact} />
                    </TableCell>
                    <TableCell>
                      {formatDate(a.reviewOn, locale)}
                      {overdue && (
                        <span className="ws-stale-label">
                          {' '}
                          – {t('readiness.agreements.overdue')}
                        </span>
                      )}
                    </TableCell>
                    {actions && <TableCell>{actions(a)}</TableCell>}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      />
      <RosterSection<SecretariatPosition>
        path="/secretariat-positions"
        canWrite={canWrite}
        describe={(p) => p.title}
        addLabel={t('readiness.positions.add')}
        onChanged={reloadPositions}
        form={(initial, done, cancel) => (
          <SecretariatPositionForm
            initial={initial}
            agreements={agreements.data.items}
            onDone={done}
            onCancel={cancel}
          />
        )}
        table={(actions) => (
          <Table data-testid="secretariat-positions">
            <caption>{t('readiness.positions.caption')}</caption>
            <ColumnHeaders
              actions={actions}
              labels={[
                'readiness.positions.title',
                'readiness.department',
                'readiness.holder',
                'readiness.contact',
                'readiness.verified',
              ]}
            />
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
                  <ContactCells contact={p.contact} verifiedOn={p.contactVerifiedOn} />
                  {actions && <TableCell>{actions(p)}</TableCell>}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      />
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
  const canWrite = can('organisation:write');
  return (
    <ReadinessFrame
      title={t('readiness.organisation.title')}
      current="/readiness/organisation"
      intro={t('readiness.organisation.intro')}
      permission="organisation:read"
    >
      <Heading level={3}>{t('readiness.committee.title')}</Heading>
      <Committee canWrite={canWrite} />
      <Heading level={3}>{t('readiness.secretariat.title')}</Heading>
      <Secretariat canWrite={canWrite} />
      {can('practice-circles:read') && (
        <>
          <Heading level={3}>{t('readiness.circles.title')}</Heading>
          <PracticeCircles />
        </>
      )}
    </ReadinessFrame>
  );
}
