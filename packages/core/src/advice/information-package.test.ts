import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import { sha256Hex } from '../audit/sha256.ts';
import { checkPackage, deliveryParity, sealPackage } from './information-package.ts';
import type { InformationPackage, PackageItemContent } from './information-package.ts';

const text = (s: string) => new TextEncoder().encode(s);
const items: PackageItemContent[] = [
  { name: 'vraag.txt', kind: 'document', mediaType: 'text/plain', bytes: text('abc') },
  { name: 'maatregelen.json', kind: 'snapshot', mediaType: 'application/json', bytes: text('[]') },
];

describe('sealed information package', () => {
  it('hashes each item with SHA-256 and the sorted manifest into the root hash', async () => {
    const sealed = await sealPackage(items);
    expect(sealed.items.map((i) => i.name)).toEqual(['maatregelen.json', 'vraag.txt']);
    expect(sealed.items[1]).toEqual({
      name: 'vraag.txt',
      kind: 'document',
      mediaType: 'text/plain',
      size: 3,
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
    // recomputed by hand from the rule the package states
    expect(sealed.rootHash).toBe(await sha256Hex(canonicalJson({ items: sealed.items })));
    expect(sealed.explanation).toContain('sorted by name');
  });

  it('is content-addressed: same content, same root; any changed byte, another root', async () => {
    const a = await sealPackage(items);
    const b = await sealPackage([...items].reverse());
    expect(b.rootHash).toBe(a.rootHash);
    const changed = await sealPackage([{ ...items[0]!, bytes: text('abd') }, items[1]!]);
    expect(changed.rootHash).not.toBe(a.rootHash);
    const renamed = await sealPackage([{ ...items[0]!, name: 'vraag2.txt' }, items[1]!]);
    expect(renamed.rootHash).not.toBe(a.rootHash);
  });

  it('lets a recipient check stored bytes against the manifest', async () => {
    const sealed = await sealPackage(items);
    const good = new Map(items.map((i) => [i.name, i.bytes]));
    expect((await checkPackage(sealed, good)).ok).toBe(true);
    const bad = new Map(good).set('vraag.txt', text('abX'));
    const result = await checkPackage(sealed, bad);
    expect(result.ok).toBe(false);
    expect(result.mismatches.map((m) => m.name)).toEqual(['vraag.txt']);
  });

  it('refuses an empty package and duplicate names', async () => {
    await expect(sealPackage([])).rejects.toBeInstanceOf(DomainError);
    const err = await sealPackage([items[0]!, items[0]!]).catch((e: DomainError) => e);
    expect((err as DomainError).invalidParams[0]).toMatchObject({ name: 'items[1].name' });
  });

  it('says whether both bodies got the same root hash at the same moment', () => {
    const pkg = {
      rootHash: 'r',
      deliveries: [
        { body: 'OMT', availableAt: '2026-01-01T10:00:00.000Z', rootHash: 'r' },
        { body: 'MIT', availableAt: '2026-01-01T10:00:00.000Z', rootHash: 'r' },
      ],
    } as InformationPackage;
    expect(deliveryParity(pkg).equal).toBe(true);
    const late = {
      ...pkg,
      deliveries: [
        pkg.deliveries[0]!,
        { ...pkg.deliveries[1]!, availableAt: '2026-01-02T10:00:00.000Z' },
      ],
    };
    expect(deliveryParity(late)).toMatchObject({ equal: false });
    expect(deliveryParity(late).explanation).toContain('different moments');
  });
});
