// A web form posted twice (a double click, a reload of the POST, a slow network) must land
// on the one result of the first post. Each rendering of the form carries a random form id;
// what the form creates gets an id derived from it and from who sent it, so the second post
// finds the first one's result instead of creating another or being refused.
import { createHash, randomUUID } from 'node:crypto';

const FORM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A fresh id for one rendering of a form. */
export function newFormId(): string {
  return randomUUID();
}

/** The form id a post carried, if it is one this server could have handed out. */
export function formIdOf(value: unknown): string | undefined {
  return typeof value === 'string' && FORM_ID.test(value) ? value : undefined;
}

/**
 * The id of what one form rendering creates for one person, shaped as a UUID (version 8:
 * custom). The person is part of it, so nobody else's post can reach it; the purpose
 * keeps different forms apart.
 */
export function idForForm(purpose: string, person: string, formId: string): string {
  const h = createHash('sha256').update(`${purpose}\u0000${person}\u0000${formId}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
