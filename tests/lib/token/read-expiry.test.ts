import { describe, expect, it } from 'vitest';
import { readExpiry } from '../../../lib/token/read-expiry';

const NOW = '2026-12-02T06:00:00.000Z';

describe('readExpiry', () => {
  it('reads a date as midnight UTC and a date-time with its zone as that instant, in toISOString form', () => {
    const actual = ['2027-01-31', '2027-01-31T00:00:00Z', '2027-01-31T12:00+02:00', '2027-01-31T12:00:00.5-05:00'].map((text) => readExpiry(text, NOW));
    expect(actual).toEqual([
      { ok: true, expiresAt: '2027-01-31T00:00:00.000Z' },
      { ok: true, expiresAt: '2027-01-31T00:00:00.000Z' },
      { ok: true, expiresAt: '2027-01-31T10:00:00.000Z' },
      { ok: true, expiresAt: '2027-01-31T17:00:00.500Z' },
    ]);
  });

  it('refuses a date-time without its zone, words, a 6-digit year, an impossible date and a year past 9999', () => {
    const actual = ['2030-01-01T00:00:00', 'next week', '+010000-01-01T00:00:00Z', '2027-13-45', '2027-01-31 12:00Z', ''].map((text) => readExpiry(text, NOW));
    expect(actual).toEqual(Array(6).fill({ ok: false, problem: 'format' }));
  });

  it('refuses a time that is not after now, the very instant included', () => {
    const actual = ['2020-01-01', NOW, '2026-12-02T06:00:00.001Z'].map((text) => readExpiry(text, NOW));
    expect(actual).toEqual([
      { ok: false, problem: 'past' },
      { ok: false, problem: 'past' },
      { ok: true, expiresAt: '2026-12-02T06:00:00.001Z' },
    ]);
  });
});
