/** ISO 'YYYY-MM-DD' or OxCGRT's compact 'YYYYMMDD'; null unless it is a real calendar day. */
export function parseCalendarDate(value: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y = '', mo = '', d = ''] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const iso = `${y}-${mo}-${d}`;
  return date.toISOString().slice(0, 10) === iso ? iso : null;
}
