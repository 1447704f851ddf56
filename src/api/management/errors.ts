// The Management API's Problem JSON: as everywhere, but `extraDetails` is the spec's list of
// `{key, value}` pairs, here the path of each field and what is wrong with it. The legacy
// Partner API's pre-fill endpoint documents the same shape.
import { registerErrorFormat, type ErrorFormatter } from '../error-format.js';
import { problemFormat } from '../problem.js';

export const managementProblemFormat: ErrorFormatter = (err, ctx) => {
  const wire = problemFormat(err, ctx);
  const body = wire.body as Record<string, unknown>;
  if (err?.fields?.length) body.extraDetails = err.fields.map((f) => ({ key: f.name, value: f.reason }));
  return wire;
};

registerErrorFormat('management-problem', managementProblemFormat);
