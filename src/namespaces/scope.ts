// Which world a request is in. One Fastify app serves every namespace: its route plugins
// were given one runtime object, and that object answers each property with the runtime of
// the namespace the request runs in (AsyncLocalStorage), or the main one outside any.
// Plugins that keep `rt.store.db` from registration hold a database handle that does the
// same per call, so every read and write lands in the namespace's own store.
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import type { Runtime } from '../runtime.js';

const current = new AsyncLocalStorage<Runtime>();

export interface Scope {
  /** The runtime every route plugin is given. */
  readonly runtime: Runtime;
  /** The runtime the caller is running in right now (a namespace's or the main one). */
  active(): Runtime;
  /** Runs `fn` as part of this namespace, given a resource that re-enters it later. */
  enter(ns: Runtime, fn: (resource: AsyncResource) => void): void;
}

const REAL = Symbol('vpp.activeRuntime');

/** The runtime `rt` stands for right now: itself, or for a scope's runtime the active one. */
export function activeRuntime(rt: Runtime): Runtime {
  return (rt as unknown as { [REAL]?: Runtime })[REAL] ?? rt;
}

export function createScope(main: Runtime): Scope {
  const active = () => current.getStore() ?? main;
  const db = forward(main.store.db, () => active().store.db);
  const store = forward(main.store, () => active().store, { db });
  const runtime = forward(main, active, { store });
  return {
    runtime,
    active,
    enter(ns, fn) {
      current.run(ns, () => {
        const resource = new AsyncResource('vpp-namespace');
        resource.runInAsyncScope(fn, null, resource);
      });
    },
  };
}

// Bound methods per object and name, made once: the stand-in is on every query's path.
const boundMethods = new WeakMap<object, Map<PropertyKey, { of: Function; bound: Function }>>();

/** A stand-in for `target` whose properties are read from `pick()` at each access (`fixed` wins). */
function forward<T extends object>(target: T, pick: () => T, fixed: Partial<Record<keyof T, unknown>> = {}): T {
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === REAL) return pick();
      if (Object.hasOwn(fixed, prop)) return fixed[prop as keyof T];
      const real = pick();
      const v: unknown = Reflect.get(real, prop, real);
      if (typeof v !== 'function') return v;
      let methods = boundMethods.get(real);
      if (!methods) boundMethods.set(real, (methods = new Map()));
      const known = methods.get(prop);
      if (known?.of === v) return known.bound;
      // Methods run on the real object: Kysely and the store keep private fields. A function
      // that carries functions of its own (Kysely's `db.fn.countAll`) keeps them.
      const bound = v.bind(real);
      if (Object.keys(v).length) Object.assign(bound, v);
      methods.set(prop, { of: v, bound });
      return bound;
    },
  });
}
