import type { SignalStatus } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';

// a shape per status, so that the status reads without colour
const SHAPE: Record<SignalStatus, string> = {
  normal: '●',
  attention: '▲',
  alarm: '■',
  'no-signal-values': '○',
  'no-data': '–',
};

export function SignalBadge({ status }: { status: SignalStatus }) {
  const { t } = useLocale();
  return (
    <span className="ws-sp-signal" data-signal={status}>
      <span aria-hidden="true">{SHAPE[status]}</span> {t(`sp.signal.${status}`)}
    </span>
  );
}
