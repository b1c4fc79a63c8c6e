import type { Principal } from '../access/role.ts';
import { bodyOfRole, owningDepartment } from '../access/role.ts';
import { hasPermission } from '../access/permission.ts';
import type { AdvisoryReport } from './advisory-report.ts';
import type { Consent } from './consent.ts';
import { consentState } from './consent.ts';

export interface ReportAccess {
  /** full: every part; partial: the parts a consent covers; hidden: as if it did not exist */
  outcome: 'full' | 'partial' | 'hidden';
  visibleSectionKeys: string[];
  /** the consents this read relies on; a read through a consent is always logged */
  viaConsentIds: string[];
  /** true when confidential content is shown: the read must be written to the audit log */
  confidentialRead: boolean;
  reason: string;
}

const hidden = (reason: string): ReportAccess => ({
  outcome: 'hidden',
  visibleSectionKeys: [],
  viaConsentIds: [],
  confidentialRead: false,
  reason,
});

/**
 * Who may read which parts of an advice, now. The answer is computed at every read from the
 * consents as they are at that moment, so a revocation or an expiry ends access at once.
 */
export function decideReportAccess(
  principal: Principal,
  report: AdvisoryReport,
  consents: readonly Consent[],
  now: Date,
): ReportAccess {
  const all = report.sections.map((s) => s.key);
  const confidential = report.confidentiality === 'confidential';
  const full = (reason: string): ReportAccess => ({
    outcome: 'full',
    visibleSectionKeys: all,
    viaConsentIds: [],
    confidentialRead: confidential,
    reason,
  });
  if (!hasPermission(principal.role, 'advisory-reports:read')) {
    return hidden(`role '${principal.role}' does not read advice`);
  }
  if (bodyOfRole(principal.role) === report.body)
    return full(`the ${report.body} reads its own advice`);
  if (report.status !== 'sent') return hidden(`the ${report.body} has not sent this advice yet`);
  if (!confidential) return full(`the advice is ${report.confidentiality} and has been sent`);
  const department = owningDepartment(report.body);
  if (
    (principal.role === 'minister' || principal.role === 'ministry-official') &&
    principal.department === department
  ) {
    return full(`${department} receives the ${report.body}'s advice`);
  }
  const active = consents.filter(
    (c) =>
      c.reportId === report.id &&
      c.granteeRole === principal.role &&
      consentState(c, now) === 'active',
  );
  if (active.length === 0) {
    return hidden(`the advice is confidential and no consent lets '${principal.role}' read it now`);
  }
  const whole = active.filter((c) => c.sectionKeys === null);
  if (whole.length > 0) {
    return {
      outcome: 'full',
      visibleSectionKeys: all,
      viaConsentIds: whole.map((c) => c.id),
      confidentialRead: true,
      reason: `consent ${whole.map((c) => c.id).join(', ')} covers the whole advice`,
    };
  }
  const keys = new Set(active.flatMap((c) => c.sectionKeys ?? []));
  return {
    outcome: 'partial',
    visibleSectionKeys: all.filter((k) => keys.has(k)),
    viaConsentIds: active.map((c) => c.id),
    confidentialRead: true,
    reason: `consent ${active.map((c) => c.id).join(', ')} covers parts ${[...keys].join(', ')}`,
  };
}

/** The advice as this reader may see it: parts not covered are left out, and say so. */
export function redactReport(
  report: AdvisoryReport,
  access: ReportAccess,
): AdvisoryReport & { withheldSectionKeys: string[] } {
  const visible = new Set(access.visibleSectionKeys);
  return {
    ...report,
    sections: report.sections.filter((s) => visible.has(s.key)),
    withheldSectionKeys: report.sections.filter((s) => !visible.has(s.key)).map((s) => s.key),
  };
}
