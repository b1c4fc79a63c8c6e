import { invalidInput } from '@weegschaal/core';
import { parseMeasureEventsCsv } from '@weegschaal/core/csv';
import { join } from 'node:path';
import type { PublicDataResult, PublicDataSource } from '../public-data/public-data-loader.ts';
import { loadFileIfChanged } from '../policy/checksummed-file.ts';
import { replaceMeasureEvents } from './measure-event.repository.ts';

export const MEASURE_EVENT_FILES = [
  'events_nl_hknienhuys.csv',
  'maatregelen_coronawatchnl_2020.csv',
] as const;

/** The two hand-made lists of dated Dutch measures and events that annotate the timeline. */
export const measureEventsPublicDataSource: PublicDataSource = {
  name: 'nl-measures-timeline',
  async load(db, sharedDataDir): Promise<PublicDataResult> {
    const results = [];
    for (const file of MEASURE_EVENT_FILES) {
      results.push(
        await loadFileIfChanged(
          db,
          'nl-measures-timeline',
          join(sharedDataDir, 'nl-measures-timeline', file),
          async (trx, text, fileName) => {
            const { events, errors } = parseMeasureEventsCsv(text, fileName);
            if (errors.length > 0) {
              throw invalidInput(`${fileName}: ${errors.length} problem(s)`, errors);
            }
            return `${fileName}: ${await replaceMeasureEvents(trx, fileName, events)} events`;
          },
        ),
      );
    }
    const status = results.some((r) => r.status === 'loaded')
      ? 'loaded'
      : results.every((r) => r.status === 'missing')
        ? 'missing'
        : 'unchanged';
    return {
      source: 'nl-measures-timeline',
      status,
      summary: results.map((r) => r.summary).join('; '),
    };
  },
};
