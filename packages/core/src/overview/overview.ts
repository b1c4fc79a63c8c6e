import type { AreaStatus, ProductArea } from './product-area.ts';

export interface AreaCount {
  /** a stable key the message catalogue translates, e.g. 'measures' */
  key: string;
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
