import { sql } from 'kysely';
import { invalidInput, snippetParts } from '@weegschaal/core';
import type { KnowledgeItemType, KnowledgeSearchHit } from '@weegschaal/core';
import type { Executor } from '../database.ts';

// control characters cannot occur in the stored text, so they delimit matches unambiguously
const START = '\u0002';
const STOP = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;

interface HitRow {
  type: KnowledgeItemType;
  id: string;
  title: string;
  rank: number;
  headline: string;
  is_demo: boolean;
}

/**
 * Searches dossiers, lessons and playbooks with PostgreSQL full-text search and the Dutch
 * dictionary: the query is read as a web search ("scholen -avondklok", "\"noodopvang\""),
 * words are stemmed, hits are ranked (title above body) and come with a highlighted snippet.
 */
export async function searchKnowledge(
  db: Executor,
  query: string,
  limit = 50,
): Promise<{ query: string; hits: KnowledgeSearchHit[] }> {
  const q = query.trim();
  if (q === '') {
    throw invalidInput('Give something to search for.', [
      { name: 'q', reason: 'must not be empty' },
    ]);
  }
  if (q.length > 500) {
    throw invalidInput('The search is too long.', [
      { name: 'q', reason: 'at most 500 characters' },
    ]);
  }
  const tsquery = sql`websearch_to_tsquery('dutch', ${q})`;
  const headline = (text: ReturnType<typeof sql>) =>
    sql`ts_headline('dutch', ${text}, ${tsquery}, ${HEADLINE_OPTIONS})`;
  const result = await sql<HitRow>`
    select 'dossier' as type, id, title, ts_rank(search, ${tsquery}) as rank,
           ${headline(sql`summary || ' ' || strategic_advice`)} as headline, is_demo
      from knowledge_dossier where search @@ ${tsquery}
    union all
    select 'lesson', id, title, ts_rank(search, ${tsquery}),
           ${headline(sql`what_happened || ' ' || what_we_learned || ' ' || follow_up`)}, is_demo
      from lesson_learned where search @@ ${tsquery}
    union all
    select 'playbook', id, title, ts_rank(search, ${tsquery}),
           ${headline(sql`body`)}, is_demo
      from playbook where search @@ ${tsquery}
    order by rank desc, title, id
    limit ${limit}`.execute(db);
  return {
    query: q,
    hits: result.rows.map((row) => ({
      type: row.type,
      id: row.id,
      title: row.title,
      rank: Number(row.rank),
      snippet: snippetParts(row.headline, START, STOP),
      demo: row.is_demo,
    })),
  };
}
