import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildGraph, crossings, cycles, layerOf, readSources, rowLeaks, specifiersOf } from './import-graph.js';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/**
 * Crossings waiting to be moved behind an operation: none today. The list only shrinks: a
 * new crossing fails the test, and so does a listed one that is gone (take it off the list).
 */
const NOT_YET_MOVED: readonly string[] = [];

/** Operation types that hand a store row to a page, waiting for a view type: none today. */
const ROWS_NOT_YET_SHAPED: readonly string[] = [];

describe('the layer rule (docs/architecture.md)', () => {
  const graph = buildGraph(readSources(SRC));

  it('reads the whole of src/', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('app.ts')!.length).toBeGreaterThan(10);
  });

  it('no import crosses a layer boundary it may not cross', () => {
    const found = crossings(graph).map((c) => `${c.rule}: ${c.from} -> ${c.to}`);
    expect(found.filter((c) => !NOT_YET_MOVED.includes(c))).toEqual([]);
    expect(NOT_YET_MOVED.filter((c) => !found.includes(c))).toEqual([]);
  });

  it('no import cycles', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('operations give the edges view types, not store rows (web/ and api/ see no row through an operation)', () => {
    const found = rowLeaks(readSources(SRC)).map((l) => `${l.file} ${l.name}: ${l.how}`);
    expect(found.filter((l) => !ROWS_NOT_YET_SHAPED.includes(l))).toEqual([]);
    expect(ROWS_NOT_YET_SHAPED.filter((l) => !found.includes(l))).toEqual([]);
  });
});

describe('the checker', () => {
  const made = (files: Record<string, string>) => buildGraph(new Map(Object.entries(files)));

  it('flags a made-up crossing of every kind the rule names', () => {
    const graph = made({
      'api/epayment/routes.ts': "import { findPayment } from '../../store/payments-repo.js';",
      'web/portal/page.tsx': "export { x } from '../../store/tables/foundation.js';\nimport '../../jobs/outbox-worker.js';",
      'domain/rules.ts': "import type { Mode } from '../config.js';\nconst r = await import('../runtime.js');",
      'operations/do-it.ts': "import { HttpResult } from '../jobs/http-post.js';\nimport { v } from '../api/validation.js';",
      'jobs/timer.ts': "import type { Runtime } from '../runtime.js';",
      'security/key.ts': "import {\n  a,\n  b,\n} from '../store/db.js';",
      'store/payments-repo.ts': "import { f } from '../operations/do-it.js';",
      'store/db.ts': '',
      'store/tables/foundation.ts': '',
      'jobs/outbox-worker.ts': '',
      'jobs/http-post.ts': '',
      'api/validation.ts': '',
      'config.ts': '',
      'runtime.ts': '',
    });
    expect(crossings(graph).map((c) => c.rule).sort()).toEqual([
      'api → store',
      'domain → config',
      'domain → runtime',
      'jobs → runtime',
      'operations → api',
      'operations → jobs',
      'security → store',
      'store → operations',
      'web → jobs',
      'web → store',
    ]);
  });

  it('lets the allowed directions through', () => {
    const graph = made({
      'api/epayment/routes.ts': "import { createPayment } from '../../operations/payments/create-payment.js';",
      'operations/payments/create-payment.ts': "import { insertPayment } from '../../store/payments-repo.js';\nimport { money } from '../../domain/payments/money.js';",
      'store/payments-repo.ts': "import type { Payment } from '../domain/payments/money.js';",
      'domain/payments/money.ts': "import { randomPool } from '../random-pool.js';",
      'domain/random-pool.ts': '',
    });
    expect(crossings(graph)).toEqual([]);
  });

  it('finds a cycle however long, and ignores imports inside comments', () => {
    const graph = made({
      'web/a.ts': "import { b } from './b.js';",
      'web/b.ts': "import { c } from './c.js';",
      'web/c.ts': "import { a } from './a.js';\n// import { x } from '../store/x.js';",
      'store/x.ts': '',
    });
    expect(cycles(graph)).toEqual([['web/a.ts', 'web/b.ts', 'web/c.ts']]);
    expect(crossings(graph)).toEqual([]);
  });

  it('finds a store row handed on by an operation: re-exported, aliased, or inside an exported type', () => {
    const sources = new Map(Object.entries({
      'store/tables/payments.ts': '',
      'store/db.ts': '',
      'store/operators-repo.ts': '',
      'operations/a.ts': "import type { PaymentRow } from '../store/tables/payments.js';\nexport type { PaymentRow };",
      'operations/b.ts': "import type { PaymentRow as P } from '../store/tables/payments.js';\nexport type Payment = P;",
      'operations/c.ts': "import type { Operator } from '../store/operators-repo.js';\nexport type { Operator };",
      'operations/d.ts': "import type { PaymentRow } from '../store/tables/payments.js';\nexport interface PageData {\n  title: string;\n  payment: { row: PaymentRow };\n}",
      'operations/e.ts': "import type { PaymentRow } from '../store/tables/payments.js';\nexport type Page =\n  | { stage: 'a'; x: number }\n  | { stage: 'b'; row: PaymentRow };",
      'operations/f.ts': "export { findOperator } from '../store/operators-repo.js';",
    }));
    expect(rowLeaks(sources).map((l) => `${l.file} ${l.name}`)).toEqual([
      'operations/a.ts PaymentRow',
      'operations/b.ts Payment',
      'operations/c.ts Operator',
      'operations/d.ts PageData',
      'operations/e.ts Page',
      'operations/f.ts findOperator',
    ]);
  });

  it('lets view types, and options that take the database, through', () => {
    const sources = new Map(Object.entries({
      'store/tables/payments.ts': '',
      'store/db.ts': '',
      'operations/view.ts': [
        "import type { Queryable } from '../store/db.js';",
        "import type { PaymentRow } from '../store/tables/payments.js';",
        'export interface LoadOptions { db: Queryable; id: string }',
        'export interface PaymentView { reference: string; amount: number }',
        'export function viewOf(row: PaymentRow): PaymentView { return { reference: row.reference, amount: row.amount }; }',
      ].join('\n'),
    }));
    expect(rowLeaks(sources)).toEqual([]);
  });

  it('knows a file’s layer by its first folder', () => {
    expect(layerOf('store/sqlite/group-commit.ts')).toBe('store');
    expect(layerOf('config.ts')).toBe('config');
    expect(layerOf('summary.ts')).toBe('other');
    expect(specifiersOf("import x from 'fastify'; import y from './y.js';")).toEqual(['./y.js']);
  });
});
