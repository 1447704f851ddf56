// A schema for one of a list of strings, as `anyOf` of constants, that handlers and replies
// see as the union of those strings (Type.Union over a mapped array types as `never`).
import Type, { type TSchemaOptions, type TUnsafe } from 'typebox';

export const literalUnion = <const T extends readonly string[]>(values: T, options: TSchemaOptions = {}): TUnsafe<T[number]> =>
  Type.Unsafe<T[number]>(Type.Union(values.map((v) => Type.Literal(v)), options));
