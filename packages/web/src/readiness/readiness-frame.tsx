import type { ReactNode } from 'react';
import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Permission } from '@weegschaal/core';
import { RequirePermission } from '../advice/require-login.tsx';
import { ReadinessNav } from './readiness-nav.tsx';

/** Every readiness page: its heading, the area's navigation, and the content for who may see it. */
export function ReadinessFrame({
  title,
  current,
  intro,
  permission,
  children,
}: {
  title: string;
  current: string;
  intro: string | null;
  permission: Permission;
  children: ReactNode;
}) {
  return (
    <>
      <Heading level={2}>{title}</Heading>
      <ReadinessNav current={current} />
      {intro && <Paragraph>{intro}</Paragraph>}
      <RequirePermission permission={permission}>{children}</RequirePermission>
    </>
  );
}
