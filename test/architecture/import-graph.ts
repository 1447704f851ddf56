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

/** The names a source text imports from modules of the store layer, with where each came from. */
function storeImports(file: string, code: string, files: ReadonlySet<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of code.matchAll(/\bimport\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    const target = m[2]!.startsWith('.') ? resolveSpecifier(file, m[2]!, files) : undefined;
    if (!target || layerOf(target) !== 'store') continue;
    for (const part of m[1]!.split(',')) {
      const local = part.replace(/^\s*type\s+/, '').split(/\s+as\s+/).pop()!.trim();
      if (local) names.set(local, target);
    }
  }
  return names;
}

export interface RowLeak { file: string; name: string; how: string }

/**
 * Types of operations/ that hand a store row to the edges: a store type re-exported (by name,
 * or as a plain alias), or an exported type or interface written in terms of a row type (a
 * name from store/tables/ or one ending in `Row`). Pages and routes get view types instead.
 */
export function rowLeaks(sources: ReadonlyMap<string, string>): RowLeak[] {
  const files = new Set(sources.keys());
  const found: RowLeak[] = [];
  for (const [file, text] of sources) {
    if (layerOf(file) !== 'operations') continue;
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const fromStore = storeImports(file, code, files);
    const isRow = (name: string) => fromStore.get(name)!.startsWith('store/tables/') || name.endsWith('Row');
    for (const m of code.matchAll(/\bexport\s+(?:type\s+)?\{([^}]*)\}\s*(from\s*['"]([^'"]+)['"])?/g)) {
      const target = m[3]?.startsWith('.') ? resolveSpecifier(file, m[3], files) : undefined;
      for (const part of m[1]!.split(',')) {
        const name = part.replace(/^\s*type\s+/, '').split(/\s+as\s+/)[0]!.trim();
        if (!name) continue;
        if (m[2] ? target !== undefined && layerOf(target) === 'store' : fromStore.has(name)) found.push({ file, name, how: 're-exported' });
      }
    }
    for (const m of code.matchAll(/\bexport\s+(?:type\s+(\w+)(?:<[^=]*>)?\s*=|interface\s+(\w+)[^{]*\{)/g)) {
      const exported = m[1] ?? m[2]!;
      const end = m.index! + m[0].length;
      const body = m[1] ? aliasBody(code, end) : interfaceBody(code, end);
      const alias = m[1] ? body.trim() : undefined;
      if (alias && fromStore.has(alias)) {
        found.push({ file, name: exported, how: `alias of ${alias}` });
        continue;
      }
      const rows = [...fromStore.keys()].filter((n) => isRow(n) && new RegExp(`\\b${n}\\b`).test(body));
      if (rows.length) found.push({ file, name: exported, how: `built on ${rows.join(', ')}` });
    }
  }
  return found.sort((a, b) => `${a.file} ${a.name}`.localeCompare(`${b.file} ${b.name}`));
}

/** The text of an interface body from just after its opening brace to the matching one. */
function interfaceBody(code: string, start: number): string {
  let depth = 1;
  let i = start;
  while (i < code.length && depth > 0) {
    if (code[i] === '{') depth += 1;
    else if (code[i] === '}') depth -= 1;
    i += 1;
  }
  return code.slice(start, i - 1);
}

/** The right-hand side of a type alias: up to the first semicolon outside brackets. */
function aliasBody(code: string, start: number): string {
  let depth = 0;
  let i = start;
  for (; i < code.length; i += 1) {
    const ch = code[i];
    if (ch === '{' || ch === '(' || ch === '<' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ')' || ch === '>' || ch === ']') depth -= 1;
    else if (ch === ';' && depth <= 0) break;
  }
  return code.slice(start, i);
}
