import { describe, expect, it } from 'vitest';
import { isTokenName } from '../../../lib/token/is-token-name';

describe('isTokenName', () => {
  it('takes 1 to 64 letters, digits, ".", "_", "-" or "@"', () => {
    expect(['maria.beck', 'maria-phone', 'ci_bot', 'a@b', 'x', 'a'.repeat(64)].map(isTokenName)).toEqual([true, true, true, true, true, true]);
  });

  it('refuses spaces, other signs, accents, an empty name and a 65th character', () => {
    expect(['maria beck', 'maria/phone', 'émile', '', 'a'.repeat(65)].map(isTokenName)).toEqual([false, false, false, false, false]);
  });
});
