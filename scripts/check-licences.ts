/**
 * Lists the licences of every production dependency of Weegschaal and fails on one that is
 * not compatible with EUPL-1.2 (why each licence is allowed: docs/security.md, "Dependency
 * hygiene"). Production means: what the workspaces that ship (core, storage, server, web,
 * cli) list under `dependencies`, and everything those need in turn, as installed in
 * node_modules. Dev dependencies and the bench workspace are tools, not part of what runs.
 *
 *   node scripts/check-licences.ts          # table of package, version, licence; exit 1 on a problem
 *   node scripts/check-licences.ts --json   # the same as JSON
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHIPPED_WORKSPACES = [
  'packages/core',
  'packages/storage',
  'packages/server',
  'packages/web',
  'packages/cli',
] as const;

/**
 * Licences whose code may be part of an EUPL-1.2 work that stays EUPL-1.2:
 * - permissive ones ask only for their notice to be kept;
 * - weak copyleft (MPL-2.0, LGPL, EPL, and EUPL itself) binds the library's own files, not
 *   the work that uses it; MPL-2.0, LGPL-2.1/3.0 and EPL-1.0 are also in EUPL's appendix of
 *   compatible licences;
 * - CC-BY-4.0 covers data packaged as code (caniuse-lite and the like): attribution only.
 * Strong copyleft (GPL, AGPL) is not on it: a GPL dependency would make the combined work
 * GPL, which EUPL's compatibility clause allows only by giving up EUPL for the whole.
 */
export const ALLOWED_LICENCES: ReadonlySet<string> = new Set([
  'MIT',
  'MIT-0',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'CC0-1.0',
  'Unlicense',
  'Python-2.0',
  'Zlib',
  'BSL-1.0',
  'CC-BY-3.0',
  'CC-BY-4.0',
  'MPL-2.0',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'EPL-1.0',
  'EPL-2.0',
  'EUPL-1.1',
  'EUPL-1.2',
]);

/**
 * Packages whose package.json does not state a usable SPDX licence, looked at by a person:
 * what the licence is, and where that was read. The check fails on any other package without
 * an allowed licence, and on a reviewed one whose stated licence changes (a new version).
 */
export const REVIEWED: Readonly<
  Record<string, { stated: string; licence: string; evidence: string }>
> = {
  buffers: {
    stated: 'UNKNOWN',
    licence: 'MIT',
    evidence:
      'LICENSE in github.com/substack/node-buffers (MIT); reached via exceljs → unzipper → binary',
  },
  'png-js': {
    stated: 'UNKNOWN',
    licence: 'MIT',
    evidence: 'node_modules/png-js/LICENSE (MIT License, Devon Govett); reached via pdfkit',
  },
  chainsaw: {
    stated: 'MIT/X11',
    licence: 'MIT',
    evidence:
      'MIT/X11 is the MIT licence under its old name; reached via exceljs → unzipper → binary',
  },
  '@rijkshuisstijl-community/design-tokens': {
    stated: 'SEE LICENSE IN LICENSE.md',
    licence: 'LicenseRef-Rijkshuisstijl',
    evidence:
      'LICENSE.md: the Rijksoverheid logo and house style (incl. the RijksoverheidSans/Serif fonts) are the State’s; Weegschaal is built for the Rijksoverheid, which uses its own house style. A deployment by anyone else must replace the theme (docs/security.md)',
  },
  '@amsterdam/design-system-react-icons': {
    stated: 'SEE LICENSE IN LICENSE.md',
    licence: 'LicenseRef-Amsterdam-proprietary-not-bundled',
    evidence:
      'LICENSE.md: proprietary icons of the City of Amsterdam, installed as a dependency of @amsterdam/design-system-react, which @rijkshuisstijl-community/components-react builds on. No icon reaches the web bundle: check-licences.test.ts looks for each of its SVG paths in packages/web/dist',
  },
};

export interface PackageLicence {
  name: string;
  version: string;
  licence: string;
  path: string;
  /** the workspace whose dependencies led here first */
  via: string;
  allowed: boolean;
}

type Manifest = {
  name?: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: { type?: string }[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** The licence as the package states it: SPDX in `license`, or the old object/array forms. */
export function statedLicence(manifest: Manifest): string {
  const { license, licenses } = manifest;
  if (typeof license === 'string' && license.trim() !== '') return license.trim();
  if (license && typeof license === 'object' && license.type) return license.type;
  if (Array.isArray(licenses) && licenses.length > 0) {
    const types = licenses.map((l) => l.type).filter((t): t is string => Boolean(t));
    if (types.length > 0) return types.length === 1 ? types[0]! : `(${types.join(' OR ')})`;
  }
  return 'UNKNOWN';
}

/**
 * Whether an SPDX expression may be used: for `A OR B` one side must be allowed (we may
 * choose it), for `A AND B` both; `X WITH exception` is judged by X (exceptions only grant).
 * Anything unparsable is not allowed: a person has to look at it.
 */
export function licenceAllowed(expression: string): boolean {
  const tokens = expression
    .replace(/[()]/g, (p) => ` ${p} `)
    .trim()
    .split(/\s+/);
  let at = 0;
  const peek = () => tokens[at];
  const primary = (): boolean => {
    const token = tokens[at++];
    if (token === '(') {
      const value = or();
      if (tokens[at++] !== ')') throw new Error('unbalanced');
      return value;
    }
    if (token === undefined || ['AND', 'OR', 'WITH', ')'].includes(token))
      throw new Error('syntax');
    if (peek() === 'WITH') at += 2;
    return ALLOWED_LICENCES.has(token.replace(/\+$/, ''));
  };
  const and = (): boolean => {
    let value = primary();
    while (peek() === 'AND') {
      at++;
      value = primary() && value;
    }
    return value;
  };
  const or = (): boolean => {
    let value = and();
    while (peek() === 'OR') {
      at++;
      value = and() || value;
    }
    return value;
  };
  try {
    const value = or();
    return at === tokens.length && value;
  } catch {
    return false;
  }
}

/** Node's lookup: node_modules beside the requiring package, then in each folder above. */
function resolvePackage(from: string, name: string, root: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir === dirname(dir)) return null;
  }
}

export function collectLicences(root: string): { packages: PackageLicence[]; missing: string[] } {
  const seen = new Map<string, PackageLicence>();
  const missing: string[] = [];
  const visit = (dir: string, via: string, optional: ReadonlySet<string>) => {
    const manifest = readManifest(dir);
    const deps = { ...manifest.dependencies, ...manifest.optionalDependencies };
    for (const name of Object.keys(deps)) {
      if (name.startsWith('@weegschaal/')) continue;
      const found = resolvePackage(dir, name, root);
      if (!found) {
        // an optional dependency for another platform is simply not installed
        if (!optional.has(name)) missing.push(`${name} (needed by ${manifest.name ?? dir})`);
        continue;
      }
      if (seen.has(found)) continue;
      const own = readManifest(found);
      const stated = statedLicence(own);
      const reviewed = REVIEWED[own.name ?? name];
      const licence = reviewed && reviewed.stated === stated ? reviewed.licence : stated;
      seen.set(found, {
        name: own.name ?? name,
        version: own.version ?? '?',
        licence,
        path: found.slice(root.length + 1),
        via,
        allowed: reviewed?.stated === stated || licenceAllowed(licence),
      });
      visit(found, via, new Set(Object.keys(own.optionalDependencies ?? {})));
    }
  };
  for (const workspace of SHIPPED_WORKSPACES) {
    const dir = join(root, workspace);
    visit(dir, workspace, new Set(Object.keys(readManifest(dir).optionalDependencies ?? {})));
  }
  const packages = [...seen.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
  return { packages, missing };
}

function main(): void {
  const root = fileURLToPath(new URL('../', import.meta.url)).replace(/\/$/, '');
  const { packages, missing } = collectLicences(root);
  const refused = packages.filter((p) => !p.allowed);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ packages, refused, missing }, null, 2));
  } else {
    const width = Math.max(...packages.map((p) => `${p.name}@${p.version}`.length));
    for (const p of packages) {
      console.log(
        `${`${p.name}@${p.version}`.padEnd(width)}  ${p.allowed ? '  ' : '✗ '}${p.licence}`,
      );
    }
    const counts = new Map<string, number>();
    for (const p of packages) counts.set(p.licence, (counts.get(p.licence) ?? 0) + 1);
    console.log(
      `\n${packages.length} production packages: ${[...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([l, n]) => `${n} ${l}`)
        .join(', ')}`,
    );
  }
  for (const p of refused) {
    console.error(
      `not compatible with EUPL-1.2 (or not stated): ${p.name}@${p.version} — ${p.licence} (${p.path}, via ${p.via})`,
    );
  }
  for (const m of missing) console.error(`not installed: ${m}`);
  if (refused.length > 0 || missing.length > 0) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
