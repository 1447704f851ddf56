// What a PATCH of a sales unit changes: each field that differs, with its old and new value
// as the changelog records them. A logo is described (size and fingerprint), not copied.
import { createHash } from 'node:crypto';
import { invalid, type FieldProblem } from '../errors.js';
import { checkLogo } from './check-logo.js';

export interface UnitPatch { name?: string; salesUnitLogo?: string; status?: 'ACTIVE' | 'DEACTIVATED' }
export interface CurrentUnit { name: string; logo: string | null; status: string }

export interface PlannedChange {
  field: 'name' | 'logo' | 'status';
  oldValue: string | null;
  newValue: string | null;
}

export interface UnitChangePlan {
  set: { name?: string; logo?: string; status?: string };
  changes: PlannedChange[];
}

export function describeLogo(base64: string | null): string | null {
  if (!base64) return null;
  const logo = checkLogo(base64);
  const hash = createHash('sha256').update(base64.replace(/\s+/g, '')).digest('hex').slice(0, 12);
  return logo.ok ? `PNG ${logo.width}×${logo.height} (sha256 ${hash}…)` : `(sha256 ${hash}…)`;
}

export function planUnitChanges(current: CurrentUnit, patch: UnitPatch): UnitChangePlan {
  const given = (['name', 'salesUnitLogo', 'status'] as const).filter((k) => patch[k] !== undefined);
  if (!given.length) throw invalid('Nothing to change: send at least one of name, salesUnitLogo and status.', [{ name: '(body)', reason: 'must have at least one of name, salesUnitLogo, status' }]);
  const problems: FieldProblem[] = [];
  const plan: UnitChangePlan = { set: {}, changes: [] };
  if (patch.name !== undefined && patch.name !== current.name) {
    plan.set.name = patch.name;
    plan.changes.push({ field: 'name', oldValue: current.name, newValue: patch.name });
  }
  if (patch.salesUnitLogo !== undefined) {
    const logo = checkLogo(patch.salesUnitLogo);
    if (!logo.ok) problems.push({ name: 'salesUnitLogo', reason: logo.reason });
    else {
      const clean = patch.salesUnitLogo.replace(/\s+/g, '');
      if (clean !== current.logo) {
        plan.set.logo = clean;
        plan.changes.push({ field: 'logo', oldValue: describeLogo(current.logo), newValue: describeLogo(clean) });
      }
    }
  }
  if (patch.status !== undefined && patch.status !== current.status) {
    plan.set.status = patch.status;
    plan.changes.push({ field: 'status', oldValue: current.status, newValue: patch.status });
  }
  if (problems.length) throw invalid(`The change is not valid: ${problems.map((p) => `${p.name} ${p.reason}`).join('; ')}.`, problems);
  return plan;
}
