// Recurring charge attempts that take time: a payer's card's processing time, and clock
// moves that let the due-charge timer run.
import { expect } from 'vitest';
import type { TestApp } from './app.js';

/** Sets how many minutes a charge attempt on this payer's card stays PROCESSING. */
export async function setProcessingMinutes(t: TestApp, phone: string, minutes: number) {
  const res = await t.inject({ method: 'PUT', url: `/_sim/payers/${phone}/charge-processing`, payload: { minutes } });
  expect(res.statusCode, res.body).toBe(200);
}

/** Moves the clock on by `minutes` and runs the due-charge timer once. */
export async function advanceMinutes(t: TestApp, minutes: number) {
  const res = await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: minutes * 60 } });
  expect(res.statusCode).toBe(200);
  return t.app.recurringProcessor.runOnce();
}
