// The import graph of src/ and the layer rule it must keep (docs/architecture.md, "The rule").
// A plain reader of import/export/dynamic-import specifiers: relative paths are all that
// matter here, packages are outside the rule.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export type Layer =
  | 'api' | 'web' | 'domain' | 'operations' | 'jobs' | 'security' | 'store' | 'world'
  | 'config' | 'runtime' | 'app' | 'cli' | 'other';

/** What each layer may not import. Layers not listed may import anything. */
export const FORBIDDEN: Partial<Record<Layer, readonly Layer[]>> = {
  api: ['store'],
  web: ['store', 'jobs'],
  domain: ['store', 'config', 'api', 'jobs', 'operations', 'web', 'runtime'],
  operations: ['api', 'web', 'jobs'],
  jobs: ['runtime', 'api', 'web'],
  security: ['store'],
  store: ['api', 'web', 'operations', 'jobs'],
};

export function layerOf(file: string): Layer {
  const [first, second] = file.split('/');
  if (second === undefined) {
    const base = first!.replace(/\.(ts|tsx)$/, '');
    if (base === 'config' || base === 'runtime' || base === 'app' || base === 'cli') return base;
    return 'other';
  }
  const known: Layer[] = ['api', 'web', 'domain', 'operations', 'jobs', 'security', 'store', 'world'];
  return (known as string[]).includes(first!) ? (first as Layer) : 'other';
}

const SPECIFIER = [
  /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The relative specifiers a source text imports or re-exports (comments stripped first). */
export function specifiersOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const pattern of SPECIFIER) {
    for (const match of code.matchAll(pattern)) if (match[1]!.startsWith('.')) found.push(match[1]!);
  }
  return found;
}

/** Files are keyed by their path under src/ with forward slashes, e.g. 'api/app.ts'. */
export type Graph = Map<string, string[]>;

export function resolveSpecifier(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const target = join(dirname(from), specifier).replace(/\\/g, '/');
  const bare = target.replace(/\.js$/, '');
  for (const candidate of [`${bare}.ts`, `${bare}.tsx`, `${bare}/index.ts`, `${bare}/index.tsx`, target]) {
    if (files.has(candidate)) return candidate;
  }
  return undefined;
}

export function buildGraph(sources: ReadonlyMap<string, string>): Graph {
  const files = new Set(sources.keys());
  const graph: Graph = new Map();
  for (const [file, text] of sources) {
    const targets = specifiersOf(text)
      .map((s) => resolveSpecifier(file, s, files))
      .filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

export function readSources(root: string): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) {
        sources.set(relative(root, path).replace(/\\/g, '/'), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(resolve(root));
  return sources;
}

export interface Crossing { from: string; to: string; rule: string }

export function crossings(graph: Graph): Crossing[] {
  const found: Crossing[] = [];
  for (const [from, targets] of graph) {
    const fromLayer = layerOf(from);
    const forbidden = FORBIDDEN[fromLayer] ?? [];
    for (const to of targets) {
      const toLayer = layerOf(to);
      if (toLayer !== fromLayer && forbidden.includes(toLayer)) {
        found.push({ from, to, rule: `${fromLayer} → ${toLayer}` });
      }
    }
  }
  return found.sort((a, b) => `${a.from} ${a.to}`.localeCompare(`${b.from} ${b.to}`));
}

/** Every import cycle, as the files of each strongly connected component (Tarjan). */
export function cycles(graph: Graph): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const lowlink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (node: string): void => {
    indices.set(node, index);
    lowlink.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        lowlink.set(node, Math.min(lowlink.get(node)!, lowlink.get(next)!));
      } else if (onStack.has(next)) {
        lowlink.set(node, Math.min(lowlink.get(node)!, indices.get(next)!));
      }
    }
    if (lowlink.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) components.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return components;
}
