import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import { sha256Hex } from '../audit/sha256.ts';
import type { AdvisoryBody } from '../access/role.ts';

/** An uploaded document, or a frozen snapshot of data the request refers to. */
export type PackageItemKind = 'document' | 'snapshot';
export const PACKAGE_ITEM_KINDS: readonly PackageItemKind[] = ['document', 'snapshot'];

export interface PackageItemContent {
  name: string;
  kind: PackageItemKind;
  mediaType: string;
  bytes: Uint8Array;
}

/** One line of the manifest: what the root hash covers for this item. */
export interface ManifestItem {
  name: string;
  kind: PackageItemKind;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface SealedManifest {
  items: ManifestItem[];
  rootHash: string;
  /** how the root hash was formed, so that anyone can recompute it */
  explanation: string;
}

export const ROOT_HASH_RULE =
  'rootHash = SHA-256 of the canonical JSON (sorted keys, no white space) of {"items": [...]}, ' +
  'the items sorted by name, each {name, kind, mediaType, size, sha256} with sha256 over the item bytes';

export const MAX_PACKAGE_ITEMS = 50;

export function validatePackageItems(items: readonly PackageItemContent[]): void {
  const problems: InvalidParam[] = [];
  if (items.length === 0) {
    problems.push({ name: 'items', reason: 'a package holds at least one item', value: 0 });
  }
  if (items.length > MAX_PACKAGE_ITEMS) {
    problems.push({
      name: 'items',
      reason: `at most ${MAX_PACKAGE_ITEMS} items`,
      value: items.length,
    });
  }
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (item.name.trim() === '' || item.name.length > 200 || /[\\/]/.test(item.name)) {
      problems.push({
        name: `items[${i}].name`,
        reason: 'a name of 1 to 200 characters without slashes',
        value: item.name,
      });
    }
    if (seen.has(item.name)) {
      problems.push({
        name: `items[${i}].name`,
        reason: 'names are unique in a package',
        value: item.name,
      });
    }
    seen.add(item.name);
  });
  if (problems.length > 0) throw invalidInput('The information package is invalid.', problems);
}

export async function manifestItemOf(item: PackageItemContent): Promise<ManifestItem> {
  return {
    name: item.name,
    kind: item.kind,
    mediaType: item.mediaType,
    size: item.bytes.byteLength,
    sha256: await sha256Hex(item.bytes),
  };
}

/** The root hash depends only on the manifest lines, not on the order they were given in. */
export function rootHashOf(items: readonly ManifestItem[]): Promise<string> {
  const sorted = [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sha256Hex(canonicalJson({ items: sorted }));
}

/** Content-addresses every item and the whole: the sealed package is known by its root hash. */
export async function sealPackage(items: readonly PackageItemContent[]): Promise<SealedManifest> {
  validatePackageItems(items);
  const manifest = await Promise.all(items.map(manifestItemOf));
  manifest.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { items: manifest, rootHash: await rootHashOf(manifest), explanation: ROOT_HASH_RULE };
}

export interface PackageCheck {
  ok: boolean;
  rootHash: string;
  recomputedRootHash: string;
  mismatches: { name: string; expected: string; found: string }[];
}

/** Checks stored bytes against a manifest: what a recipient does to trust what it got. */
export async function checkPackage(
  manifest: { items: readonly ManifestItem[]; rootHash: string },
  contents: ReadonlyMap<string, Uint8Array>,
): Promise<PackageCheck> {
  const mismatches: PackageCheck['mismatches'] = [];
  for (const item of manifest.items) {
    const bytes = contents.get(item.name);
    const found = bytes ? await sha256Hex(bytes) : '(missing)';
    if (found !== item.sha256) mismatches.push({ name: item.name, expected: item.sha256, found });
  }
  const recomputedRootHash = await rootHashOf(manifest.items);
  return {
    ok: mismatches.length === 0 && recomputedRootHash === manifest.rootHash,
    rootHash: manifest.rootHash,
    recomputedRootHash,
    mismatches,
  };
}

export type PackageStatus = 'draft' | 'sent';

export interface PackageDelivery {
  body: AdvisoryBody;
  /** the moment the package became available to this body */
  availableAt: string;
  rootHash: string;
}

export interface InformationPackage {
  id: string;
  requestId: string;
  version: number;
  /** the version this one corrects; a correction is a new version, never an edit */
  supersedesId: string | null;
  status: PackageStatus;
  rootHash: string;
  items: ManifestItem[];
  note: string;
  createdBy: string | null;
  createdAt: string;
  sentAt: string | null;
  deliveries: PackageDelivery[];
  demo: boolean;
}

/**
 * Both bodies must have received the same root hash at the same moment; this says whether
 * they did, in words a reader can check against the two pages.
 */
export function deliveryParity(pkg: InformationPackage): { equal: boolean; explanation: string } {
  const omt = pkg.deliveries.find((d) => d.body === 'OMT');
  const mit = pkg.deliveries.find((d) => d.body === 'MIT');
  if (!omt || !mit) {
    return { equal: false, explanation: 'the package has not been delivered to both bodies' };
  }
  const sameHash = omt.rootHash === mit.rootHash && omt.rootHash === pkg.rootHash;
  const sameMoment = omt.availableAt === mit.availableAt;
  return {
    equal: sameHash && sameMoment,
    explanation: `OMT and MIT ${sameHash ? 'received the same root hash' : 'received DIFFERENT root hashes'} ${
      sameMoment
        ? `at the same moment (${omt.availableAt})`
        : `at different moments (${omt.availableAt}, ${mit.availableAt})`
    }`,
  };
}
