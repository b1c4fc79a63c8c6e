import type {
  MeasureEventKind,
  MeasureLevel,
  OxcgrtIndicatorCode,
  PolicyLevels,
} from '@weegschaal/core';

/** The API payloads this area reads (see the OpenAPI document for their full description). */
export interface DataSource {
  name: string;
  credit: string;
  licence: string;
  url: string;
}

export interface TimelineIndicator {
  code: OxcgrtIndicatorCode;
  nameEn: string;
  maxLevel: number;
  flag: string | null;
  inStringencyIndex: boolean;
  measure: {
    code: string;
    nameNl: string;
    nameEn: string;
    levels: MeasureLevel[];
    demo: boolean;
  } | null;
}

export interface MeasureTimeline {
  demo: boolean;
  source: DataSource;
  country: { countryCode: string; countryName: string; firstDate: string; lastDate: string };
  from: string;
  to: string;
  indicators: TimelineIndicator[];
  days: {
    date: string;
    levels: PolicyLevels;
    stringencyIndex: { published: number | null; computed: number | null };
  }[];
}

export interface StringencyComparison {
  source: DataSource;
  series: {
    countryCode: string;
    countryName: string;
    points: { date: string; published: number | null; computed: number | null }[];
  }[];
}

export interface MeasureEventItem {
  id: number;
  startDate: string;
  endDate: string | null;
  end: 'none' | 'dated' | 'expected' | 'open';
  description: string;
  kind: MeasureEventKind;
  url: string | null;
}

export interface MeasureEventList {
  sources: { fileName: string; title: string; licence: string; url: string }[];
  items: MeasureEventItem[];
}
