// Payments of unit 212345 in the states security suites need, made with partner keys.
import type { TestApp } from './app.js';
import { DEMO } from './demo.js';
import { adjust, authorized, create, partner } from './payments.js';

const nett = DEMO.units.partnerNett;

export const createdPayment = async (t: TestApp) => (await create(t, await partner(t, nett))).reference;
export const authorizedPayment = (t: TestApp, value = 1000) => authorized(t, () => partner(t, nett), nett, value);
export async function capturedPayment(t: TestApp, value = 1000) {
  const reference = await authorizedPayment(t, value);
  const res = await adjust(t, await partner(t, nett), reference, 'capture', value);
  if (res.statusCode !== 200) throw new Error(`capture failed: ${res.body}`);
  return reference;
}
