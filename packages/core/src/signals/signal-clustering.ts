/**
 * Near-duplicate signals — the same event reported by several people — are grouped into one
 * cluster so that the triage sees one item with a count. Two signals are near duplicates when
 *   - they lie in the same gemeente,
 *   - their observation dates are at most `windowDays` apart, and
 *   - the Jaccard similarity of the character trigrams of their normalised texts is at least
 *     `threshold`.
 * Character trigrams, not words, because short reports differ in inflection and typing
 * ("jongeren hangen" / "jongere hingen") more than in content. Normalising drops case,
 * punctuation, digits and the scrubber's placeholders, so two reports that differed only in
 * a masked phone number count as the same text. Clusters are the connected components of the
 * near-duplicate relation (single linkage), each with the pair evidence that joined it.
 */

export interface ClusterOptions {
  windowDays: number;
  threshold: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { windowDays: 14, threshold: 0.5 };

export interface ClusterCandidate {
  id: string;
  gemeenteCode: string;
  /** YYYY-MM-DD */
  observedOn: string;
  /** scrubbed text; null after retention, and then never a duplicate */
  text: string | null;
}

export function normaliseForSimilarity(text: string): string {
  const lower = text.toLowerCase().replace(/\[[^\]]*\]/g, ' ');
  // decomposing only when there is something to decompose: most reports are plain ASCII
  // eslint-disable-next-line no-control-regex
  const plain = /[^\x00-\x7f]/.test(lower)
    ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    : lower;
  return plain.replace(/[^a-z]+/g, ' ').trim();
}

/**
 * The character trigrams of the normalised text, each coded as a number (space 0, a–z 1–26,
 * base 27), so that sets hold small integers rather than strings.
 */
export function trigrams(text: string): Set<number> {
  const padded = `  ${normaliseForSimilarity(text)} `;
  const code = (i: number) => {
    const c = padded.charCodeAt(i);
    return c === 32 ? 0 : c - 96;
  };
  const grams = new Set<number>();
  for (let i = 0; i + 3 <= padded.length; i++)
    grams.add(code(i) * 729 + code(i + 1) * 27 + code(i + 2));
  return grams;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) common++;
  return common / (a.size + b.size - common);
}

export function textSimilarity(a: string, b: string): number {
  return jaccard(trigrams(a), trigrams(b));
}

const daysBetween = (a: string, b: string) =>
  Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

export interface NearDuplicate {
  id: string;
  similarity: number;
  daysApart: number;
  explanation: string;
}

/** The most similar earlier signal that is a near duplicate of `signal`, or null. */
export function findNearDuplicate(
  signal: ClusterCandidate,
  candidates: readonly ClusterCandidate[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): NearDuplicate | null {
  if (signal.text === null) return null;
  const own = trigrams(signal.text);
  let best: NearDuplicate | null = null;
  for (const c of candidates) {
    if (c.id === signal.id || c.text === null || c.gemeenteCode !== signal.gemeenteCode) continue;
    const daysApart = daysBetween(c.observedOn, signal.observedOn);
    if (daysApart > options.windowDays) continue;
    const similarity = jaccard(own, trigrams(c.text));
    if (similarity < options.threshold) continue;
    if (!best || similarity > best.similarity)
      best = {
        id: c.id,
        similarity,
        daysApart,
        explanation: `same gemeente ${signal.gemeenteCode}, observed ${daysApart} day(s) apart (≤ ${options.windowDays}), text similarity ${similarity.toFixed(2)} ≥ ${options.threshold} (trigram Jaccard)`,
      };
  }
  return best;
}

export interface SignalClusterGroup {
  /** member ids, in input order */
  memberIds: string[];
  gemeenteCode: string;
  /** the pairs that joined the members, strongest evidence first */
  links: { a: string; b: string; similarity: number; daysApart: number }[];
  explanation: string;
}

/**
 * Groups signals into clusters of near duplicates; only groups of two or more are returned.
 * Within a gemeente, signals are sorted by date so each is compared only with those inside
 * the window.
 */
export function clusterSignals(
  signals: readonly ClusterCandidate[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): SignalClusterGroup[] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const links: { a: string; b: string; similarity: number; daysApart: number }[] = [];
  const byGemeente = new Map<string, { c: ClusterCandidate; grams: Set<number>; day: number }[]>();
  for (const c of signals) {
    parent.set(c.id, c.id);
    if (c.text === null) continue;
    const list = byGemeente.get(c.gemeenteCode) ?? [];
    list.push({
      c,
      grams: trigrams(c.text),
      day: Date.parse(`${c.observedOn}T00:00:00Z`) / 86_400_000,
    });
    byGemeente.set(c.gemeenteCode, list);
  }
  for (const list of byGemeente.values()) {
    list.sort((x, y) => x.day - y.day);
    for (let i = 0; i < list.length; i++) {
      for (
        let j = i + 1;
        j < list.length && list[j]!.day - list[i]!.day <= options.windowDays;
        j++
      ) {
        const similarity = jaccard(list[i]!.grams, list[j]!.grams);
        if (similarity < options.threshold) continue;
        const a = list[i]!.c.id;
        const b = list[j]!.c.id;
        links.push({ a, b, similarity, daysApart: list[j]!.day - list[i]!.day });
        parent.set(find(a), find(b));
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const c of signals) {
    const root = find(c.id);
    const members = groups.get(root);
    if (members) members.push(c.id);
    else groups.set(root, [c.id]);
  }
  const gemeenteOf = new Map(signals.map((s) => [s.id, s.gemeenteCode]));
  const result: SignalClusterGroup[] = [];
  for (const memberIds of groups.values()) {
    if (memberIds.length < 2) continue;
    const members = new Set(memberIds);
    const own = links.filter((l) => members.has(l.a)).sort((x, y) => y.similarity - x.similarity);
    const gemeenteCode = gemeenteOf.get(memberIds[0]!)!;
    result.push({
      memberIds,
      gemeenteCode,
      links: own,
      explanation: `${memberIds.length} signals in ${gemeenteCode} joined by ${own.length} near-duplicate pair(s): observed ≤ ${options.windowDays} days apart with trigram similarity ≥ ${options.threshold} (weakest link ${Math.min(...own.map((l) => l.similarity)).toFixed(2)})`,
    });
  }
  return result;
}
