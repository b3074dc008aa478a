import { describe, expect, it } from 'vitest';
import { suggestCountry } from '../../../lib/selection/suggest-country';

describe('suggestCountry', () => {
  it("prefers the server's default country, then the settings', then the browser language's region", () => {
    const actual = [
      suggestCountry({ server: 'BE', settings: 'DE', language: 'fr-FR' }),
      suggestCountry({ server: null, settings: 'DE', language: 'fr-FR' }),
      suggestCountry({ server: null, settings: '', language: 'fr-FR' }),
    ];
    expect(actual).toEqual(['BE', 'DE', 'FR']);
  });

  it('finds the likely region of a language given without one', () => {
    expect([suggestCountry({ language: 'fr' }), suggestCountry({ language: 'de' }), suggestCountry({ language: 'en' })]).toEqual(['FR', 'DE', 'US']);
  });

  it('suggests nothing from an unknown code or a tag that is no language', () => {
    expect([suggestCountry({ server: 'ZZ', language: 'not a tag' }), suggestCountry({})]).toEqual(['', '']);
  });
});
