import { describe, expect, it } from 'vitest';
import { sectionFromHash, sectionsFor } from '../../../lib/console/console-sections';

describe('sectionsFor', () => {
  it('gives a server admin every section', () => {
    expect(sectionsFor({ mode: 'server', role: 'admin' })).toEqual(['directory', 'import', 'team', 'activity', 'settings']);
  });

  it('gives a member the directory and the settings only', () => {
    expect(sectionsFor({ mode: 'server', role: 'member' })).toEqual(['directory', 'settings']);
  });

  it('treats an unknown role (never connected, or refused) as a member', () => {
    expect(sectionsFor({ mode: 'server', role: null })).toEqual(['directory', 'settings']);
  });

  it('shows in local mode only what applies without a server', () => {
    expect(sectionsFor({ mode: 'local', role: 'admin' })).toEqual(['directory', 'import', 'settings']);
  });
});

describe('sectionFromHash', () => {
  const all = sectionsFor({ mode: 'server', role: 'admin' });

  it('opens the section a fragment names', () => {
    const actual = ['#directory', '#import', '#team', '#activity', '#settings'].map((hash) => sectionFromHash(hash, all));
    expect(actual).toEqual(['directory', 'import', 'team', 'activity', 'settings']);
  });

  it("opens the directory for the add form's draft (#add?name=…)", () => {
    expect(sectionFromHash('#add?name=Ada', all)).toEqual('directory');
  });

  it('falls back to the first section for no fragment or an unknown one', () => {
    expect([sectionFromHash('', all), sectionFromHash('#nowhere', all)]).toEqual(['directory', 'directory']);
  });

  it('does not open a section this person may not see', () => {
    expect(sectionFromHash('#team', sectionsFor({ mode: 'server', role: 'member' }))).toEqual('directory');
  });
});
