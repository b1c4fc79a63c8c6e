import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHIPPED_WORKSPACES, collectLicences, licenceAllowed } from './check-licences.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const script = join(root, 'scripts/check-licences.ts');

describe('licences of the production dependencies', () => {
  it('passes on the installed tree and lists every package with its licence', () => {
    const run = spawnSync(process.execPath, [script, '--json'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      packages: { name: string; licence: string; via: string }[];
      refused: unknown[];
    };
    expect(report.refused).toEqual([]);
    const byName = new Map(report.packages.map((p) => [p.name, p]));
    expect(byName.get('fastify')?.licence).toBe('MIT');
    expect(byName.get('react')?.via).toBe('packages/web');
    // dev tools are not production dependencies
    expect(byName.has('vitest')).toBe(false);
    expect(byName.has('autocannon')).toBe(false);
  });

  it('reads SPDX expressions: a choice needs one allowed side, a combination both', () => {
    expect(licenceAllowed('MIT')).toBe(true);
    expect(licenceAllowed('(MIT OR GPL-3.0-or-later)')).toBe(true);
    expect(licenceAllowed('Apache-2.0 AND BSL-1.0')).toBe(true);
    expect(licenceAllowed('Apache-2.0 WITH LLVM-exception')).toBe(true);
    expect(licenceAllowed('MPL-2.0')).toBe(true);
    expect(licenceAllowed('LGPL-3.0-or-later')).toBe(true);
    expect(licenceAllowed('GPL-2.0-only')).toBe(false);
    expect(licenceAllowed('AGPL-3.0-only')).toBe(false);
    expect(licenceAllowed('MIT AND GPL-3.0-only')).toBe(false);
    expect(licenceAllowed('SEE LICENSE IN LICENSE.md')).toBe(false);
    expect(licenceAllowed('UNKNOWN')).toBe(false);
    expect(licenceAllowed('(MIT')).toBe(false);
  });

  it('refuses a GPL package deep in the tree, a package without a licence, and a missing one', () => {
    const fake = mkdtempSync(join(tmpdir(), 'weegschaal-licences-'));
    try {
      const write = (dir: string, manifest: object) => {
        mkdirSync(join(fake, dir), { recursive: true });
        writeFileSync(join(fake, dir, 'package.json'), JSON.stringify(manifest));
      };
      for (const ws of SHIPPED_WORKSPACES) write(ws, { name: ws, dependencies: {} });
      write('packages/server', {
        name: 'server',
        dependencies: { fine: '1', gone: '1' },
        optionalDependencies: { 'other-platform': '1' },
      });
      write('node_modules/fine', {
        name: 'fine',
        version: '1.0.0',
        license: 'MIT',
        dependencies: { deep: '1' },
      });
      write('node_modules/deep', { name: 'deep', version: '2.0.0', license: 'GPL-2.0-only' });
      write('packages/web', { name: 'web', dependencies: { silent: '1' } });
      write('packages/web/node_modules/silent', { name: 'silent', version: '0.1.0' });
      const { packages, missing } = collectLicences(fake);
      expect(packages.map((p) => [p.name, p.licence, p.allowed])).toEqual([
        ['deep', 'GPL-2.0-only', false],
        ['fine', 'MIT', true],
        ['silent', 'UNKNOWN', false],
      ]);
      expect(missing).toEqual(['gone (needed by server)']);
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync(join(root, 'packages/web/dist/assets')))(
    'ships none of the proprietary Amsterdam icons in the web bundle',
    () => {
      const icons = readFileSync(
        join(root, 'node_modules/@amsterdam/design-system-react-icons/dist/index.esm.js'),
        'utf8',
      );
      const paths = [...icons.matchAll(/\bd: "([^"]{24,})"/g)].map((m) => m[1]!);
      expect(paths.length).toBeGreaterThan(100);
      const assets = join(root, 'packages/web/dist/assets');
      const bundle = readdirSync(assets)
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(assets, f), 'utf8'))
        .join('\n');
      expect(paths.filter((p) => bundle.includes(p))).toEqual([]);
    },
  );
});
