/**
 * The popup's size budget (issue 4 goal, checked since issue 9 §3): at most 25 KB of gzipped JavaScript and no
 * phone metadata, read from the built extension (sizes are deterministic, so this is a test and not a bench).
 * It runs in the e2e project because that project runs after `wxt build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILD } from './extension-browser';

const BUDGET_BYTES = 25_000;

/**
 * libphonenumber-js's metadata, as the JSON file holds it or as Vite minifies it: the United States entry (calling
 * code 1, international prefix 011), present in its min, max and mobile metadata alike. The library's code without
 * its metadata never spells it.
 */
const PHONE_METADATA = /"?US"?:\["1","011"/;

interface Script {
  file: string;
  text: string;
}

/** The JavaScript a page of the build loads: its module scripts and modulepreloads, and what they import, transitively. */
function pageScripts(page: 'popup.html' | 'options.html'): Script[] {
  const html = fs.readFileSync(path.join(BUILD, page), 'utf8');
  const pending = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map((match) => path.join(BUILD, match[1]!));
  const seen = new Map<string, string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    seen.set(file, text);
    // Static imports and dynamic ones: a chunk the popup loads later is still the popup's JavaScript.
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) pending.push(path.resolve(path.dirname(file), match[1]!));
  }
  return [...seen].map(([file, text]) => ({ file: path.relative(BUILD, file), text }));
}

const gzipped = (scripts: Script[]) => scripts.reduce((sum, script) => sum + gzipSync(script.text).length, 0);
const withMetadata = (scripts: Script[]) => scripts.filter((script) => PHONE_METADATA.test(script.text)).map((script) => script.file);

describe.skipIf(!fs.existsSync(path.join(BUILD, 'popup.html')))('the built popup', () => {
  it('loads at most 25 KB of gzipped JavaScript', () => {
    const scripts = pageScripts('popup.html');
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipped(scripts)).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('carries no phone metadata', () => {
    expect(withMetadata(pageScripts('popup.html'))).toEqual([]);
  });

  // Keeps the two checks above honest: the same reading of the options page, which does validate phone numbers,
  // finds the metadata and goes over the budget. If a libphonenumber-js upgrade changed the metadata's form, this fails.
  it('would notice metadata and an oversized page: the options page has both', () => {
    const scripts = pageScripts('options.html');
    expect({ metadata: withMetadata(scripts).length > 0, overBudget: gzipped(scripts) > BUDGET_BYTES }).toEqual({ metadata: true, overBudget: true });
  });
});

if (!fs.existsSync(path.join(BUILD, 'popup.html'))) {
  const message = `No build in ${BUILD}: run \`npx wxt build\` first (npm test does).`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`Skipping the popup size budget. ${message}`);
}
