// Third-party notices: every npm package whose code ends up in the built app, with its licence text as the package
// ships it, written to dist/THIRD-PARTY-NOTICES.txt at build time (so the list follows the bundle, not a hand list).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The package a bundled module belongs to (the innermost node_modules), e.g. "@turf/helpers"; null for app code. */
export function packageOf(moduleId: string): string | null {
  const path = moduleId.replace(/\\/g, '/').replace(/^\0/, '').split('?')[0]!;
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const parts = path.slice(at + '/node_modules/'.length).split('/');
  const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  return name || null;
}

// Packages whose published build already contains their dependencies' code (MapLibre bundles its worker and
// helpers): their declared dependencies ship too, though no module of theirs appears in our bundle.
const PREBUNDLED = new Set(['maplibre-gl']);

interface PackageInfo {
  name: string;
  version: string;
  license: string;
  text: string;
}

function packageDir(moduleId: string, name: string): string {
  const path = moduleId.replace(/\\/g, '/').replace(/^\0/, '').split('?')[0]!;
  const at = path.lastIndexOf('/node_modules/');
  return `${path.slice(0, at)}/node_modules/${name}`;
}

/** The declared runtime dependencies of a pre-bundled package, found the way Node would, recursively. */
function bundledDependencies(dir: string, root: string, into: Map<string, string>): void {
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const dep of Object.keys(meta.dependencies ?? {})) {
    if (dep.startsWith('@types/') || into.has(dep)) continue;
    const found = [join(dir, 'node_modules', dep), join(root, 'node_modules', dep)].find((d) =>
      existsSync(join(d, 'package.json')),
    );
    if (!found) continue;
    into.set(dep, found);
    bundledDependencies(found, root, into);
  }
}

function readPackage(dir: string): PackageInfo {
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string;
  };
  const file = existsSync(dir) ? readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$|-)/i.test(f)) : undefined;
  return {
    name: meta.name,
    version: meta.version,
    license: meta.license ?? 'see package',
    text: file
      ? readFileSync(join(dir, file), 'utf8').trim()
      : `No licence file shipped; package.json says: ${meta.license}`,
  };
}

export function noticesText(packages: PackageInfo[]): string {
  const head = [
    'Corridor Atlas: third-party software in this build',
    '',
    `The built app contains code from the following ${packages.length} npm packages, each under its own licence`,
    '(the packages bundled here and the dependencies MapLibre GL JS ships inside its own build).',
    '',
  ];
  const body = packages.flatMap((p) => [`${'='.repeat(78)}`, `${p.name} ${p.version} (${p.license})`, '', p.text, '']);
  return [...head, ...body].join('\n');
}

export function thirdPartyNotices(): Plugin {
  return {
    name: 'atlas-third-party-notices',
    apply: 'build',
    generateBundle(_options, bundle) {
      const dirs = new Map<string, string>();
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        for (const id of item.moduleIds) {
          const name = packageOf(id);
          if (name && !dirs.has(name)) dirs.set(name, packageDir(id, name));
        }
      }
      for (const name of PREBUNDLED) {
        const dir = dirs.get(name);
        if (dir) bundledDependencies(dir, process.cwd(), dirs);
      }
      const packages = [...dirs.values()].map(readPackage).sort((a, b) => a.name.localeCompare(b.name));
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source: noticesText(packages) });
    },
  };
}
