import ical from 'ical-generator';
import type { Occurrence } from './calendar-engine.ts';

export interface FeedDeadline {
  uid: string;
  title: string;
  at: string;
  description: string;
}

/**
 * An RFC 5545 calendar. Times are written as UTC instants (DTSTART:...Z), which every client
 * reads correctly without a VTIMEZONE block; the client shows them in its own zone.
 */
export function toICalendar(
  name: string,
  occurrences: readonly Occurrence[],
  deadlines: readonly FeedDeadline[] = [],
): string {
  const calendar = ical({
    name,
    prodId: { company: 'Weegschaal', product: 'decision-calendar', language: 'NL' },
  });
  for (const o of occurrences) {
    calendar.createEvent({
      id: o.uid,
      start: new Date(o.startsAt),
      end: new Date(o.endsAt),
      summary: o.demo ? `${o.title} (demo)` : o.title,
      description: o.note ?? undefined,
      categories: [{ name: o.kind }],
    });
  }
  for (const d of deadlines) {
    const at = new Date(d.at);
    calendar.createEvent({
      id: d.uid,
      start: at,
      end: at,
      summary: d.title,
      description: d.description,
      categories: [{ name: 'deadline' }],
    });
  }
  return calendar.toString();
}
