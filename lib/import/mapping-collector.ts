/**
 * Gathers, over every row or card of a file, where each source column's values went, into the
 * {@link ImportMapping} the preview shows (issue 13: "First Name + Last Name → name, Job Title → position, …;
 * 37 columns not used: Birthday, Notes, …"). Only columns holding a value somewhere are listed.
 */
import type { ImportMapping, ImportVariant, MappedColumns, MappedField } from './import-format';
import type { Placement } from './map-source-contact';

export interface MappingCollector {
  /** A column (or vCard property) held a value in some row. */
  seen(column: string): void;
  place(placements: readonly Placement[]): void;
  /** vCard: a card of this version was read. */
  version(version: string): void;
  finish(): ImportMapping;
}

const FIELD_ORDER: readonly MappedField[] = ['name', 'name-fallback', 'position', 'email', 'work-phone', 'optional-phone-1', 'optional-phone-2', 'not-imported'];

/**
 * A collector for a file of `variant`; `columnOrder` ranks columns as the file lists them (a column it does not
 * know, e.g. a vCard property met later, comes after, in the order first seen).
 */
export function createMappingCollector(variant: ImportVariant, columnOrder: readonly string[] = []): MappingCollector {
  const rank = new Map(columnOrder.map((column, i) => [column, i]));
  const order = (column: string) => {
    if (!rank.has(column)) rank.set(column, rank.size);
    return rank.get(column) ?? 0;
  };
  const seen = new Set<string>();
  const fields = new Map<string, Set<MappedField>>();
  const versions = new Set<string>();
  return {
    seen(column) {
      if (!seen.has(column)) order(column);
      seen.add(column);
    },
    place(placements) {
      for (const { column, field } of placements) {
        order(column);
        let set = fields.get(column);
        if (set === undefined) fields.set(column, (set = new Set()));
        set.add(field);
      }
    },
    version: (version) => void versions.add(version),
    finish() {
      const byRank = (a: string, b: string) => order(a) - order(b);
      const columns = [...fields.keys()].sort(byRank);
      // The name parts read together (First Name + Last Name); every other column on its own.
      const nameParts = columns.filter((column) => fields.get(column)?.has('name'));
      const mapped: MappedColumns[] = nameParts.length > 0 ? [{ columns: nameParts, fields: ['name'] }] : [];
      for (const column of columns) {
        const set = new Set(fields.get(column));
        set.delete('name');
        if (set.size > 0) mapped.push({ columns: [column], fields: FIELD_ORDER.filter((field) => set.has(field)) });
      }
      mapped.sort((a, b) => FIELD_ORDER.indexOf(a.fields[0] ?? 'name') - FIELD_ORDER.indexOf(b.fields[0] ?? 'name') || byRank(a.columns[0] ?? '', b.columns[0] ?? ''));
      const unused = [...seen].filter((column) => !fields.has(column)).sort(byRank);
      return { variant, versions: [...versions].sort(), mapped, unused };
    },
  };
}
