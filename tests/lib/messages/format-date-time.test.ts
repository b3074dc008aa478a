import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../lib/messages/format-date-time';

describe('formatDateTime', () => {
  it('writes a date and time the English way', () => {
    expect(formatDateTime('2026-01-31T08:05:00.000Z', 'en', 'UTC')).toEqual('Jan 31, 2026, 8:05 AM');
  });

  it('writes a date and time the French way', () => {
    expect(formatDateTime('2026-01-31T08:05:00.000Z', 'fr', 'UTC')).toEqual('31 janv. 2026, 08:05');
  });

  it('shows in the given time zone', () => {
    expect(formatDateTime('2026-01-31T23:30:00.000Z', 'fr', 'Europe/Paris')).toEqual('1 févr. 2026, 00:30');
  });

  it('shows text that is not a date as it is', () => {
    expect(formatDateTime('yesterday', 'en')).toEqual('yesterday');
  });
});
