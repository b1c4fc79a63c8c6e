import type { ReactNode } from 'react';
import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Permission } from '@weegschaal/core';
import { RequirePermission } from '../advice/require-login.tsx';

/**
 * A page of an area with its own navigation: the heading, that navigation, an introduction,
 * and the content for who may see it (the heading and navigation show to everyone, so a
 * visitor without the permission still knows where they are).
 */
export function AreaFrame({
  title,
  nav,
  intro,
  permission,
  children,
}: {
  title: string;
  nav: ReactNode;
  intro: string | null;
  permission: Permission;
  children: ReactNode;
}) {
  return (
    <>
      <Heading level={2}>{title}</Heading>
      {nav}
      {intro && <Paragraph>{intro}</Paragraph>}
      <RequirePermission permission={permission}>{children}</RequirePermission>
    </>
  );
}
