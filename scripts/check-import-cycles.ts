/**
 * Finds import circles among the project's own TypeScript files (issue 9: "no import circles"). madge is not a
 * dependency; this reads every relative `import … from`, `export … from` and `import('…')` (type-only ones too: a
 * circle of types still ties two files together), resolves it to a file, and reports each strongly connected group
 * of more than one file, or a file importing itself. Exits 1 when there is one.
 *
 * Usage: npx tsx scripts/check-import-cycles.ts
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOTS = ['lib', 'extension', 'hooks', 'components', 'entrypoints', 'server', 'cli', 'scripts', 'bench', 'tests'];
const SOURCE = /\.(ts|tsx)$/;
const SPECIFIER = /(?:\bimport|\bexport)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (SOURCE.test(candidate) && fs.existsSync(candidate)) return path.relative(process.cwd(), candidate);
  }
  return null;
}

const files = ROOTS.flatMap((root) => sourceFiles(root));
const graph = new Map<string, string[]>();
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const targets = new Set<string>();
  for (const match of text.matchAll(SPECIFIER)) {
    const target = resolve(file, match[1] ?? match[2] ?? match[3] ?? '');
    if (target) targets.add(target);
  }
  graph.set(file, [...targets]);
}

// Tarjan's strongly connected components.
let counter = 0;
const index = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const circles: string[][] = [];
function visit(file: string) {
  index.set(file, counter);
  low.set(file, counter);
  counter += 1;
  stack.push(file);
  onStack.add(file);
  for (const next of graph.get(file) ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(file, Math.min(low.get(file)!, low.get(next)!));
    } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
  }
  if (low.get(file) !== index.get(file)) return;
  const group: string[] = [];
  let member: string;
  do {
    member = stack.pop()!;
    onStack.delete(member);
    group.push(member);
  } while (member !== file);
  if (group.length > 1 || graph.get(file)!.includes(file)) circles.push(group.sort());
}
for (const file of graph.keys()) if (!index.has(file)) visit(file);

const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
if (circles.length === 0) {
  console.log(`No import circle among ${graph.size} files (${edges} relative imports).`);
} else {
  console.log(`${circles.length} import circle(s) among ${graph.size} files:`);
  for (const group of circles) console.log(`  ${group.join(' ↔ ')}`);
  process.exitCode = 1;
}
