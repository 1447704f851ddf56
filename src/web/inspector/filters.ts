// The inspector's filters, read from the query string: what is not understood is reported,
// never silently ignored.

export interface InspectorFilters {
  msn?: string;
  status?: { from: number; to: number };
  statusText: string;
  problems: string[];
}

export function readFilters(q: Record<string, string | undefined>): InspectorFilters {
  const problems: string[] = [];
  const msn = q.msn?.trim() || undefined;
  if (msn && !/^\d{4,6}$/.test(msn)) problems.push('MSN must be 4 to 6 digits.');
  const statusText = q.status?.trim() ?? '';
  let status: InspectorFilters['status'];
  if (/^[1-5]\d\d$/.test(statusText)) status = { from: Number(statusText), to: Number(statusText) };
  else if (/^[1-5]xx$/i.test(statusText)) status = { from: Number(statusText[0]) * 100, to: Number(statusText[0]) * 100 + 99 };
  else if (statusText) problems.push('Status must be a status code like 404, or a class like 4xx.');
  return { msn: problems.length ? undefined : msn, status: problems.length ? undefined : status, statusText, problems };
}
