import { describe, expect, it } from 'vitest';
import { checkCancel } from '../../../src/domain/recurring/charge-rules.js';
import { attemptStep, CANCELLED_ATTEMPT } from '../../../src/domain/recurring/processing.js';
import { vippsUserFromWorld } from '../../../src/domain/payers/vipps-user.js';
import { VppError } from '../../../src/domain/errors.js';

const NOW = Date.parse('2027-01-05T07:00:00Z');

describe('charge attempts that take time', () => {
  it('a card without a processing time is charged in the pass that claims the charge', () => {
    expect(attemptStep({ processingEnds: false, cancelRequested: false, processingMinutes: 0, now: NOW })).toEqual({ kind: 'charge' });
  });

  it('a card with a processing time holds the charge PROCESSING until that many minutes have passed', () => {
    expect(attemptStep({ processingEnds: false, cancelRequested: false, processingMinutes: 60, now: NOW })).toEqual({ kind: 'hold', until: Date.parse('2027-01-05T08:00:00Z') });
  });

  it('when the processing time has passed the card decides, whatever the processing time is now', () => {
    expect(attemptStep({ processingEnds: true, cancelRequested: false, processingMinutes: 60, now: NOW })).toEqual({ kind: 'charge' });
    expect(attemptStep({ processingEnds: true, cancelRequested: false, processingMinutes: 0, now: NOW })).toEqual({ kind: 'charge' });
  });

  it('a cancel asked for while processing ends the attempt CANCELLED, moving no money', () => {
    expect(attemptStep({ processingEnds: true, cancelRequested: true, processingMinutes: 60, now: NOW })).toEqual({ kind: 'cancel' });
    expect(CANCELLED_ATTEMPT).toMatchObject({ status: 'CANCELLED', event: 'CANCEL', nextAttemptAt: null });
  });

  it('a PROCESSING charge is cancelled when its attempt ends (202); waiting or reserved ones at once; settled ones never', () => {
    expect(checkCancel({ id: 'c', status: 'PROCESSING' })).toBe('when-processed');
    for (const status of ['PENDING', 'DUE', 'RESERVED', 'PARTIALLY_CAPTURED'] as const) expect(checkCancel({ id: 'c', status })).toBe('now');
    for (const status of ['CHARGED', 'FAILED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED'] as const) {
      let err: unknown;
      try {
        checkCancel({ id: 'c', status });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(VppError);
      expect((err as VppError).kind).toBe('conflict');
      expect((err as VppError).detail).toContain('PROCESSING');
    }
  });

  it("the world file's card.processingMinutes is the user's processing time; absent is 0", () => {
    const base = { phone: '4748000009', firstName: 'P', lastName: 'Q', email: 'p@q.example' };
    expect(vippsUserFromWorld({ ...base, card: { processingMinutes: 45 } }, () => 'sub').chargeProcessingMinutes).toBe(45);
    expect(vippsUserFromWorld(base, () => 'sub').chargeProcessingMinutes).toBe(0);
  });
});
