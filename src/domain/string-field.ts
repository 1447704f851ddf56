// Reads one named text field out of a value whose shape is not known here: a hook that runs
// on every route sees `req.params`/`req.body` of whichever route matched (or none), and a
// stored payload is whatever JSON was written. Anything that is not a string reads as absent.

/** Whatever is under `name` in `value`; undefined if `value` is no object or has no such field. */
export function objectField(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, name)) return undefined;
  return Reflect.get(value, name);
}

/** The string under `name` in `value`, or undefined if `value` is no object or the field is no string. */
export function stringField(value: unknown, name: string): string | undefined {
  const field = objectField(value, name);
  return typeof field === 'string' ? field : undefined;
}

/** The first of `names` that `value` holds as a string. */
export function firstStringField(value: unknown, names: readonly string[]): string | undefined {
  for (const name of names) {
    const field = stringField(value, name);
    if (field !== undefined) return field;
  }
  return undefined;
}
