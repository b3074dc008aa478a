/**
 * The labelled relevance set of issue 14: a seeded directory of realistic people (relevance-names.ts: names across
 * languages at their real frequencies, compound names, shared names, numbered emails, local phone numbers) and
 * queries of 12 kinds, each kept only when a brute-force oracle finds exactly one contact for what the query
 * means ("l lefebvre": the one person whose first name starts with L and whose surname is Lefebvre).
 */
import type { Contact } from '../lib/contact/contact';
import { searchFold, searchWords } from '../lib/search/search-fold';
import { formatPhoneForDisplay } from '../lib/phone/phone';
import { seeded } from '../tests/fixtures/generate-contacts';
import { LANGUAGES, type Language } from './relevance-names';

export interface RelevanceQuery {
  kind: string;
  text: string;
  /** Position of the one contact meant. */
  target: number;
}

interface Person {
  first: string;
  last: string;
  /** Folded words. */
  firstWords: string[];
  lastWords: string[];
  position: string;
  /** Phone digits without `+`, and the national forms people dial at home (`0` + national number). */
  e164: string[];
  national: string[];
  local: string;
}

/** National number shapes by calling code: leading digits, then how many random digits follow. */
const NUMBERS: Record<string, { lead: string[]; rest: number; trunk: boolean }> = {
  '1': { lead: ['212', '415', '312', '617', '206', '303', '512', '646'], rest: 7, trunk: false },
  '33': { lead: ['1', '6', '7', '4', '2'], rest: 8, trunk: true },
  '49': { lead: ['30', '89', '40', '151', '160', '170', '172', '176'], rest: 8, trunk: true },
  '34': { lead: ['6', '91', '93', '7'], rest: 8, trunk: false },
  '86': { lead: ['138', '139', '150', '186', '10'], rest: 8, trunk: true },
  '39': { lead: ['33', '34', '06', '02'], rest: 8, trunk: false },
  '31': { lead: ['6', '20', '10'], rest: 8, trunk: true },
  '48': { lead: ['50', '60', '22', '12'], rest: 7, trunk: false },
  '90': { lead: ['53', '54', '212', '312'], rest: 8, trunk: true },
  '91': { lead: ['98', '99', '22', '80'], rest: 8, trunk: true },
  '84': { lead: ['90', '91', '24', '28'], rest: 7, trunk: true },
  '351': { lead: ['91', '93', '21'], rest: 7, trunk: false },
  '961': { lead: ['3', '70', '1'], rest: 6, trunk: true },
};

const POSITIONS = ['Software Engineer', 'Senior Software Engineer', 'Sales Manager', 'Account Executive', 'Head of Legal',
  'Legal Counsel', 'Accountant', 'Chief Financial Officer', 'HR Business Partner', 'Recruiter', 'Product Manager',
  'Data Analyst', 'Office Manager', 'Receptionist', 'Chef de projet', 'Responsable achats', 'Directeur commercial',
  'Comptable', 'Juriste', 'Ingénieur sécurité', 'Vertriebsleiter', 'Buchhalterin', 'Projektleiter', 'Jefe de ventas',
  'Contable', 'Logistics Coordinator', 'Warehouse Supervisor', 'Marketing Director', 'Customer Support', 'UX Designer',
  'Facilities Manager', 'Procurement Officer', 'Security Officer', 'Research Scientist', 'Lab Technician', 'Translator'];

const DOMAIN = 'northwind-group.com';
const CONCENTRATION = Number(process.env.BENCH_NAME_CONCENTRATION ?? 1);
const KINDS = ['full name', 'reversed name', 'first name + 3 letters', 'unique surname', 'position word + surname',
  'national phone', 'first name + typo', 'initial + surname', 'email local part', 'digits inside a number',
  'phone with 00', 'compound name'] as const;

/** Folded text as typed: lower case, no accents, hyphens kept (`martin-thomas`). */
const typed = (text: string) => searchFold(text).replace(/[^a-z0-9 '-]/g, '');

/** Builds the directory (`count` contacts) and up to `perKind` queries of every kind. */
export function buildRelevanceSet(count = 20_000, perKind = 30, seed = 14): { contacts: Contact[]; queries: RelevanceQuery[]; kinds: readonly string[] } {
  const random = seeded(seed);
  const weighted = <T>(entries: [T, number][]) => {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    return () => {
      let at = random() * total;
      for (const [value, weight] of entries) if ((at -= weight) < 0) return value;
      return entries[entries.length - 1]![0];
    };
  };
  const pickLanguage = weighted(LANGUAGES.map((language): [Language, number] => [language, language.share]));
  // BENCH_NAME_CONCENTRATION > 1 raises every name's weight to that power: fewer, more shared names (a harder set).
  const concentrate = (entries: [string, number][]): [string, number][] => entries.map(([name, weight]) => [name, weight ** CONCENTRATION]);
  const pickers = new Map(
    LANGUAGES.map((language) => [language, { first: weighted(concentrate(language.first)), last: weighted(concentrate(language.last)) }]),
  );
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const localCount = new Map<string, number>();

  const people: Person[] = [];
  for (let i = 0; i < count; i += 1) {
    const language = pickLanguage();
    const pick = pickers.get(language)!;
    const first = pick.first();
    let last = pick.last();
    if (language.compound && random() < language.compound.rate) {
      let second = pick.last();
      while (second === last) second = pick.last();
      last = `${last}${language.compound.separator}${second}`;
    }
    const numbers = NUMBERS[language.country]!;
    const phoneCount = random() < 0.25 ? 2 : 1;
    const e164: string[] = [];
    const national: string[] = [];
    for (let p = 0; p < phoneCount; p += 1) {
      const leads = numbers.lead;
      const nationalNumber = leads[Math.floor(random() * leads.length)]! + digits(numbers.rest);
      e164.push(language.country + nationalNumber);
      if (numbers.trunk) national.push('0' + nationalNumber);
    }
    const base = `${typed(first).replace(/[ ']/g, '')}.${typed(last).replace(/[ ']/g, '')}`;
    const seen = (localCount.get(base) ?? 0) + 1;
    localCount.set(base, seen);
    people.push({
      first,
      last,
      firstWords: searchWords(first),
      lastWords: searchWords(last),
      position: random() < 0.2 ? '' : POSITIONS[Math.floor(random() * POSITIONS.length)]!,
      e164,
      national,
      // The first of a name gets the bare address, the next ones a number (`david.thomas3`).
      local: seen === 1 ? base : `${base}${seen}`,
    });
  }

  const contacts = people.map((person, i): Contact => ({
    id: `r-${i}`,
    version: 1,
    updatedAt: '2026-12-01T00:00:00.000Z',
    deleted: false,
    name: `${person.first} ${person.last}`,
    position: person.position,
    email: `${person.local}@${DOMAIN}`,
    phones: person.e164.map((digits, p) => ({ type: p === 0 ? 'work' : 'other', number: `+${digits}`, display: formatPhoneForDisplay(`+${digits}`) })),
  }));

  // The oracle's views of every person, computed once.
  const firstOf = people.map((person) => person.firstWords.join(' '));
  const lastOf = people.map((person) => person.lastWords.join(' '));
  const nameWordCount = new Map<string, number>();
  people.forEach((person) => new Set([...person.firstWords, ...person.lastWords]).forEach((word) => nameWordCount.set(word, (nameWordCount.get(word) ?? 0) + 1)));
  const only = (test: (c: number) => boolean) => {
    let found = -1;
    for (let c = 0; c < people.length; c += 1) {
      if (!test(c)) continue;
      if (found !== -1) return -1;
      found = c;
    }
    return found;
  };

  /** One query of `kind` meaning person `c`, or null when this person cannot be asked for that way. */
  const ask = (kind: (typeof KINDS)[number], c: number): { text: string; oracle: (d: number) => boolean } | null => {
    const person = people[c]!;
    const first = firstOf[c]!;
    const last = lastOf[c]!;
    const sameName = (d: number) => firstOf[d] === first && lastOf[d] === last;
    switch (kind) {
      case 'full name':
        return person.lastWords.length === 1 && person.firstWords.length === 1 ? { text: `${first} ${last}`, oracle: sameName } : null;
      case 'reversed name':
        return { text: `${last} ${first}`, oracle: sameName };
      case 'first name + 3 letters': {
        const start = last.slice(0, 3);
        if (start.length < 3) return null;
        return { text: `${first} ${start}`, oracle: (d) => firstOf[d] === first && lastOf[d]!.startsWith(start) };
      }
      case 'unique surname':
        // Unique in the name column: no one else has the word as a first name or surname either.
        return person.lastWords.length === 1 && nameWordCount.get(last) === 1 ? { text: last, oracle: (d) => lastOf[d] === last } : null;
      case 'position word + surname': {
        const word = searchWords(person.position).find((w) => w.length >= 5);
        if (!word) return null;
        return { text: `${word} ${last}`, oracle: (d) => lastOf[d] === last && searchWords(people[d]!.position).includes(word) };
      }
      case 'national phone': {
        const form = person.national[0];
        if (!form) return null;
        return { text: `${form.slice(0, 4)} ${form.slice(4, 7)} ${form.slice(7)}`, oracle: (d) => people[d]!.national.includes(form) };
      }
      case 'first name + typo': {
        if (person.lastWords.length !== 1 || last.length < 5) return null;
        const typo = misspell(last, random);
        if (typo === last || nameWordCount.has(typo)) return null;
        return { text: `${first} ${typo}`, oracle: sameName };
      }
      case 'initial + surname':
        return { text: `${first[0]} ${last}`, oracle: (d) => firstOf[d]![0] === first[0] && lastOf[d] === last };
      case 'email local part':
        // The interesting ones: a name shared with others, told apart by its number.
        return /\d$/.test(person.local) ? { text: person.local, oracle: (d) => people[d]!.local === person.local } : null;
      case 'digits inside a number': {
        const number = person.e164[0]!;
        const zeros = number.indexOf('00', 3);
        const at = zeros !== -1 && zeros + 6 <= number.length ? zeros : 3 + Math.floor(random() * (number.length - 8));
        const part = number.slice(at, at + 6);
        return { text: part, oracle: (d) => people[d]!.e164.some((n) => n.includes(part)) || people[d]!.national.some((n) => n.includes(part)) };
      }
      case 'phone with 00': {
        const number = person.e164[0]!;
        return { text: `00${number}`, oracle: (d) => people[d]!.e164.includes(number) };
      }
      case 'compound name': {
        if (person.lastWords.length < 2 && person.firstWords.length < 2) return null;
        return { text: typed(`${person.first} ${person.last}`), oracle: sameName };
      }
    }
  };

  const queries: RelevanceQuery[] = [];
  for (const kind of KINDS) {
    let kept = 0;
    // Random people, not the first ones: each kind samples the whole directory.
    for (let tries = 0; kept < perKind && tries < count * 4; tries += 1) {
      const c = Math.floor(random() * count);
      const asked = ask(kind, c);
      if (!asked || only(asked.oracle) !== c || queries.some((q) => q.text === asked.text)) continue;
      queries.push({ kind, text: asked.text, target: c });
      kept += 1;
    }
  }
  return { contacts, queries, kinds: KINDS };
}

/** One typo a person makes: a letter swapped with its neighbour, dropped, doubled or replaced (not the first). */
function misspell(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  if (kind === 0) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 2) return word.slice(0, at) + word[at] + word.slice(at);
  const letters = 'aeioulnrst';
  return word.slice(0, at) + letters[Math.floor(random() * letters.length)] + word.slice(at + 1);
}
