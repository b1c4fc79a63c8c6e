import type { ReactNode } from 'react';
import type { Permission } from '@weegschaal/core';
import { AreaFrame } from '../layout/area-frame.tsx';
import { ReadinessNav } from './readiness-nav.tsx';

/** Every readiness page: the area frame with the readiness navigation, `current` marked. */
export function ReadinessFrame({
  current,
  ...frame
}: {
  title: string;
  current: string;
  intro: string | null;
  permission: Permission;
  children: ReactNode;
}) {
  return <AreaFrame nav={<ReadinessNav current={current} />} {...frame} />;
}
