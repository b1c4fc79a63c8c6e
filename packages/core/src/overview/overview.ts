import type { AreaStatus, ProductArea } from './product-area.ts';
import type { MessageKey } from '../i18n/messages.ts';

/** The keys the catalogue has a `count.<key>` label for: an unlabelled count will not compile. */
type CountKeyOf<K> = K extends `count.${infer C}` ? C : never;
export type AreaCountKey = CountKeyOf<MessageKey>;

export interface AreaCount {
  /** a stable key the message catalogue translates as `count.<key>`, e.g. 'measures' */
  key: AreaCountKey;
  value: number;
}

export interface AreaSummary {
  area: ProductArea;
  status: AreaStatus;
  counts: AreaCount[];
}

/** The home page's summary of what is in the database. */
export interface Overview {
  /** true when any of the content comes from the generated demo data set */
  demo: boolean;
  demoLoadedAt: string | null;
  database: { kind: 'pglite' | 'postgres'; schemaVersion: string | null };
  areas: AreaSummary[];
}
