/**
 * The relevance part of `npm run bench:search` (issue 14): on the labelled set of relevance-set.ts, is the person
 * meant the first row (top-1) and in the first five (top-5), per query kind, for ours, MiniSearch and Fuse.js?
 *
 * Fair configurations, documented here:
 * - MiniSearch 7: fields name, position, email and phone digits (E.164 and national forms, as ours stores them);
 *   terms folded like ours (searchFold); prefix search on every term, fuzzy (edit distance 1) on terms of 4+
 *   letters, every term required (`combineWith: 'AND'`); field boosts name 3, position 2, email 1.
 * - Fuse.js 7.5 token search (`useTokenSearch`, TF-IDF, every word required: `tokenMatch: 'all'`), diacritics
 *   ignored, keys weighted as for MiniSearch.
 * Both get a phone-like query as ours reads it: its digits, without a leading `00` (they have no such rule).
 * Fuse.js takes ~0.5 s a query here, so it answers the first 10 queries of each kind unless
 * BENCH_FUSE_PER_KIND says more (`BENCH_FUSE_PER_KIND=30` for all of them, ~3 minutes).
 * BENCH_NAME_CONCENTRATION=2 makes a harder set, with more shared names than the issue's own (6,694 distinct full
 * names in 20,000, "Smith" in 1,205; the default set has 11,191 and 422).
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Contact } from '../lib/contact/contact';
import { searchContacts } from '../lib/search/search-contacts';
import { searchFold } from '../lib/search/search-fold';
import { buildSearchIndex } from '../lib/search/search-index';
import { buildSearchKey } from '../lib/search/search-key';
import { buildRelevanceSet } from './relevance-set';

export interface RelevanceFigures {
  queries: number;
  kinds: number;
  /** Ours, overall and the worst kind (fractions). */
  top1: number;
  top5: number;
  worstKindTop1: number;
}

const ENGINES = ['ours', 'MiniSearch', 'Fuse.js'] as const;
const PHONE_LIKE = /^[\d\s+\-().\/]+$/;
const asOursReadsIt = (text: string) => (PHONE_LIKE.test(text.trim()) ? text.replace(/\D/g, '').replace(/^00/, '') : text);
const FUSE_PER_KIND = Number(process.env.BENCH_FUSE_PER_KIND ?? 10);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(6);

/** Runs the three engines on the set, prints the table, returns our figures. */
export function runRelevance(count = 20_000): RelevanceFigures {
  const started = performance.now();
  const { contacts, queries, kinds } = buildRelevanceSet(count);
  const builtMs = performance.now() - started;
  const keys = contacts.map(buildSearchKey);
  const index = buildSearchIndex(keys);
  const documents = contacts.map((contact, k) => ({ ...contact, k, phones: keys[k]!.digits }));
  const mini = new MiniSearch<(typeof documents)[number]>({
    idField: 'k',
    fields: ['name', 'position', 'email', 'phones'],
    processTerm: (term) => searchFold(term),
    searchOptions: { prefix: true, fuzzy: (term) => (term.length >= 4 ? 1 : false), combineWith: 'AND', boost: { name: 3, position: 2, email: 1 } },
  });
  mini.addAll(documents);
  const fuse = new Fuse(documents, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'position', weight: 2 },
      { name: 'email', weight: 1 },
      { name: 'phones', weight: 1 },
    ],
    useTokenSearch: true,
    tokenMatch: 'all',
    ignoreDiacritics: true,
    ignoreLocation: true,
  });

  const top = (engine: (typeof ENGINES)[number], text: string): number[] => {
    if (engine === 'ours') return [...searchContacts(index, text).subarray(0, 5)];
    if (engine === 'MiniSearch') return mini.search(asOursReadsIt(text)).slice(0, 5).map((hit) => hit.id as number);
    return fuse.search(asOursReadsIt(text), { limit: 5 }).map((hit) => hit.refIndex);
  };
  // hits[engine][kind] = [top-1 count, top-5 count, queries]
  const hits = new Map(ENGINES.map((engine) => [engine, new Map(kinds.map((kind) => [kind, [0, 0, 0]]))]));
  const misses: string[] = [];
  const spent = new Map(ENGINES.map((engine) => [engine, 0]));
  for (const query of queries) {
    for (const engine of ENGINES) {
      if (engine === 'Fuse.js' && hits.get(engine)!.get(query.kind)![2]! >= FUSE_PER_KIND) continue;
      const start = performance.now();
      const found = top(engine, query.text);
      spent.set(engine, spent.get(engine)! + performance.now() - start);
      const tally = hits.get(engine)!.get(query.kind)!;
      tally[0]! += found[0] === query.target ? 1 : 0;
      tally[1]! += found.includes(query.target) ? 1 : 0;
      tally[2]! += 1;
      if (engine === 'ours' && found[0] !== query.target) {
        const first = found[0] === undefined ? 'nothing' : describe(contacts[found[0]]!);
        misses.push(`${query.kind}: ${JSON.stringify(query.text)} meant ${describe(contacts[query.target]!)}, first row ${first}`);
      }
    }
  }

  console.log(`\nrelevance (issue 14): ${queries.length} queries in ${kinds.length} kinds, each meaning exactly one of ${contacts.length.toLocaleString('en')} contacts`);
  console.log(`${'kind'.padEnd(26)} ${'n'.padStart(3)}  ${ENGINES.map((engine) => `${engine} top-1 / top-5`.padStart(26)).join('')}`);
  const row = (label: string, counts: (engine: (typeof ENGINES)[number]) => number[]) => {
    const cells = ENGINES.map((engine) => {
      const [one, five, n] = counts(engine) as [number, number, number];
      return `${percent(one / n)} / ${percent(five / n)}`.padStart(26);
    });
    const fuseCount = counts('Fuse.js')[2]!;
    console.log(`${label.padEnd(26)} ${String(counts('ours')[2]).padStart(3)}  ${cells.join('')}  (Fuse.js: ${fuseCount})`);
  };
  for (const kind of kinds) row(kind, (engine) => hits.get(engine)!.get(kind)!);
  const overall = (engine: (typeof ENGINES)[number]) =>
    [...hits.get(engine)!.values()].reduce((sum, counts) => sum.map((value, k) => value + counts[k]!), [0, 0, 0]);
  row('overall', overall);
  console.log(`total ms: ${ENGINES.map((engine) => `${engine} ${spent.get(engine)!.toFixed(0)}`).join(', ')}; set built in ${builtMs.toFixed(0)} ms`);
  if (misses.length > 0) console.log(`ours, first row not the person meant:\n  ${misses.join('\n  ')}`);

  const [one, five, n] = overall('ours') as [number, number, number];
  const perKind = [...hits.get('ours')!.values()].map(([k1, , kn]) => k1! / kn!);
  return { queries: n, kinds: kinds.length, top1: one / n, top5: five / n, worstKindTop1: Math.min(...perKind) };
}

function describe(contact: Contact): string {
  return `${contact.name} <${contact.email}>`;
}

if (import.meta.url === `file://${process.argv[1]}`) runRelevance();
