// Every API's checklist, one line each: a new API adds its file and a line here.
import { ecomChecklist } from './ecom.js';
import { epaymentChecklist } from './epayment.js';
import { loginChecklist } from './login.js';
import { recurringChecklist } from './recurring.js';
import type { Checklist } from './types.js';

export const CHECKLISTS: readonly Checklist[] = [
  epaymentChecklist,
  ecomChecklist,
  recurringChecklist,
  loginChecklist,
];

export const checklistOf = (api: string) => CHECKLISTS.find((c) => c.api === api);
