// The rules of registering a webhook: a reachable URL, known event types, and at most
// five webhooks per event type for one owner.
import { invalid, type FieldProblem } from '../errors.js';
import { checkWebhookUrl } from '../payments/check-url.js';
import { MAX_WEBHOOKS_PER_EVENT, WEBHOOK_EVENT_TYPES } from './event-types.js';

export function checkRegistration(o: { url: string; events: string[]; existing: { events: string[] }[] }): string[] {
  const problems: FieldProblem[] = [];
  const urlProblem = checkWebhookUrl(o.url);
  if (urlProblem) problems.push({ name: 'url', reason: urlProblem });
  if (o.events.length === 0) problems.push({ name: 'events', reason: 'must name at least one event type, like epayments.payment.captured.v1' });
  o.events.forEach((e, i) => {
    if (!WEBHOOK_EVENT_TYPES.includes(e)) problems.push({ name: `events[${i}]`, reason: `${JSON.stringify(e)} is not an event type; use one of ${WEBHOOK_EVENT_TYPES.join(', ')}` });
  });
  const events = [...new Set(o.events)];
  for (const e of events) {
    const taken = o.existing.filter((w) => w.events.includes(e)).length;
    if (taken >= MAX_WEBHOOKS_PER_EVENT) {
      problems.push({ name: 'events', reason: `${e} has ${taken} webhooks registered already; at most ${MAX_WEBHOOKS_PER_EVENT} are allowed per event. Delete one first.` });
    }
  }
  if (problems.length) {
    throw invalid(`The webhook cannot be registered: ${problems.map((p) => `${p.name} ${p.reason}`).join('; ')}.`, problems);
  }
  return events;
}
