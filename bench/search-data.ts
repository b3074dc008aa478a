/**
 * Generated directories for the search bench: names with accents, positions, emails and phones from a few
 * countries, from a seeded generator so every run searches the same data.
 */
import type { Contact } from '../lib/contact';

const FIRST = ['José', 'María', 'Zoé', 'Jürgen', 'Søren', 'François', 'Łukasz', 'Núria', 'Anna', 'John', 'Maria',
  'Chloé', 'Björn', 'Inès', 'Ángel', 'Małgorzata', 'Oğuz', 'Åsa', 'Noël', 'Renée', 'Peter', 'Laura', 'Ahmed', 'Yuki',
  'Olivia', 'Lucas', 'Emma', 'Hugo', 'Léa', 'Mateo', 'Sofía', 'Ewa', 'Dmitri', 'Fatima', 'Kai', 'Nina'];
const LAST = ['Núñez', 'Müller', 'García', 'Martín', 'Dubois', 'Smith', 'Beck', 'Łopez', 'Ødegård', 'Çelik', 'Schröder',
  'Lefèvre', 'Gonçalves', 'Nowak', 'Kowalski', 'Rossi', 'Jensen', 'Brown', 'Durand', 'Fernández', 'Öztürk', 'Wójcik'];
const SYLLABLES = ['ba', 'ker', 'lin', 'mo', 'ra', 'son', 'vi', 'del', 'ta', 'ne', 'go', 'ric', 'hel', 'por', 'stan',
  'wi', 'zu', 'ma', 'ber', 'to', 'chi', 'lé', 'nú', 'ös', 'qua', 'fen', 'dor', 'is', 'al', 'ey'];
const ROLE = ['Head of', 'Senior', 'Junior', 'Lead', 'Chief', 'Assistant', 'Responsable', 'Directeur'];
const TEAM = ['Sales', 'Marketing', 'Engineering', 'Sécurité', 'Comptabilité', 'Support', 'Logistics', 'Légal',
  'Finance', 'Ressources humaines', 'Design', 'Achats', 'Operations', 'Research'];
const DOMAINS = ['email.com', 'acme.test', 'société.fr', 'example.org', 'firma.de'];

/** Mulberry32: small, seeded, good enough to spread test data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ascii = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/[øØ]/g, 'o').toLowerCase();

/** `count` contacts; every third has no position, every fourth a second phone. */
export function generateContacts(count: number, seed = 42): Contact[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const phone = () => {
    const country = random();
    if (country < 0.35) return `+4917${digits(9)}`;
    if (country < 0.6) return `+1${pick(['555', '212', '415'])}${digits(7)}`;
    if (country < 0.85) return `+336${digits(8)}`;
    return `+44207${digits(7)}`;
  };
  const contacts: Contact[] = [];
  for (let i = 0; i < count; i += 1) {
    const first = pick(FIRST);
    const made = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
    const last = random() < 0.4 ? pick(LAST) : made[0]!.toUpperCase() + made.slice(1);
    const phones: Contact['phones'] = [{ type: 'work', number: phone() }];
    if (i % 4 === 0) phones.push({ type: 'other', number: phone() });
    contacts.push({
      id: `id-${i}`,
      version: 1,
      updatedAt: '2026-11-25T12:00:00.000Z',
      deleted: false,
      name: `${first} ${last}`,
      position: i % 3 === 0 ? '' : `${pick(ROLE)} ${pick(TEAM)}`,
      email: `${ascii(first)}.${ascii(last)}${i}@${pick(DOMAINS)}`,
      phones,
    });
  }
  return contacts;
}
