import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/domain/sim/duration.js';

describe('durations on the command line', () => {
  it('reads seconds, units and combinations', () => {
    expect(parseDuration('90')).toBe(90);
    expect(parseDuration('15m')).toBe(900);
    expect(parseDuration('1d')).toBe(86400);
    expect(parseDuration('1d12h')).toBe(129600);
    expect(parseDuration('2w')).toBe(1209600);
  });
  it('refuses what is not a duration', () => {
    expect(parseDuration('-1d')).toBeUndefined();
    expect(parseDuration('1 day')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
    expect(parseDuration('d')).toBeUndefined();
  });
});
