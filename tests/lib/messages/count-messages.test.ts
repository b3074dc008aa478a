/**
 * Issue 9, defect 3: every message that takes a count, rendered with 0, 1, 2 and 1,000 in English and French, shows
 * no `$1` and no unformatted number ("10009"), and takes the plural form Intl.PluralRules gives ("0 contact" in
 * French, "0 contacts" or a zero text in English). The messages are enumerated from the sources: every plural map of
 * locales/*.yml, every entry of the lib/messages catalog, and every `i18n.t(…)` call of the extension's code.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { i18n } from '#i18n';
import type { ParsedMessage, ParsedPluralMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COUNT_PARAMS, formatCount, isSingular } from '../../../lib/messages/format-count';
import { MESSAGE_CATALOG } from '../../../lib/messages/message-catalog';
import { formatMessage, type Locale } from '../../../lib/messages/messages';
import { readLocaleMessages, useLocaleMessages } from '../../fixtures/fake-i18n';

const COUNTS = [0, 1, 2, 1000];
const LOCALES: Locale[] = ['en', 'fr'];
/** The library's `t`, called as the components call it, for any key. */
const t = i18n.t as unknown as (key: string, count: number, substitutions: string[]) => string;

function pluralMessages(messages: ParsedMessage[]): ParsedPluralMessage[] {
  return messages.filter((message): message is ParsedPluralMessage => message.type === 'plural');
}

/** The form `count` must take: an explicit zero text if the map has one, else the singular or the plural. */
function expectedForm(plurals: Record<string, string>, count: number, locale: Locale): string | undefined {
  if (count === 0 && plurals['0'] !== undefined) return plurals['0'];
  if (isSingular(count, locale) && plurals['1'] !== undefined) return plurals['1'];
  return plurals.n;
}

function substitute(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

describe('the count messages of locales/*.yml', () => {
  for (const locale of LOCALES) {
    it(`render with 0, 1, 2 and 1,000 in ${locale === 'en' ? 'English' : 'French'}: formatted, no placeholder left, the right plural form`, async () => {
      fakeBrowser.reset();
      await useLocaleMessages(locale);
      const plurals = pluralMessages(await readLocaleMessages(locale));
      const wrong: string[] = [];
      for (const message of plurals) {
        const key = message.key.join('.');
        if (message.plurals.n === undefined) wrong.push(`${key}: no "n" form`);
        for (const count of COUNTS) {
          const substitutions = Array.from({ length: message.substitutions }, () => formatCount(count, locale));
          const actual = t(key, count, substitutions);
          const form = expectedForm(message.plurals, count, locale);
          if (/\$\d/.test(actual)) wrong.push(`${key}(${count}): placeholder left: ${actual}`);
          if (/\d{4,}/.test(actual)) wrong.push(`${key}(${count}): unformatted number: ${actual}`);
          if (form === undefined || actual !== substitute(form, substitutions)) wrong.push(`${key}(${count}): wrong form: ${actual}`);
          if (count === 1000 && /\$\d/.test(form ?? '') && !actual.includes(formatCount(1000, locale))) wrong.push(`${key}(1000): count not shown: ${actual}`);
        }
      }
      expect(plurals.length).toBeGreaterThan(10);
      expect(wrong).toEqual([]);
    });
  }

  it('has the same plural messages, with the same placeholders, in English and French', async () => {
    const shape = async (locale: Locale) =>
      Object.fromEntries(pluralMessages(await readLocaleMessages(locale)).map((m) => [m.key.join('.'), m.substitutions]));
    expect(await shape('fr')).toEqual(await shape('en'));
  });

  it('says "0 contact" in French and "No contact", "1 contact", "1,000 contacts" in English', async () => {
    const render = async (locale: Locale) => {
      fakeBrowser.reset();
      await useLocaleMessages(locale);
      return [0, 1, 1000].map((count) => t('undoDone', count, [formatCount(count, locale), formatCount(0, locale)]));
    };
    expect([...(await render('en')), ...(await render('fr'))]).toEqual([
      'Undone: no contact reverted. Left alone because they changed since: 0.',
      'Undone: 1 contact reverted. Left alone because they changed since: 0.',
      'Undone: 1,000 contacts reverted. Left alone because they changed since: 0.',
      'Annulé : aucun contact rétabli. Laissés tels quels car modifiés depuis : 0.',
      'Annulé : 1 contact rétabli. Laissés tels quels car modifiés depuis : 0.',
      'Annulé : 1\u202f000 contacts rétablis. Laissés tels quels car modifiés depuis : 0.',
    ]);
  });
});

describe('the count messages of the lib/messages catalog', () => {
  const SAMPLE = { file: 'a.csv', found: 'x', value: 'v', key: 'k', expected: 'string', display: '+1 555', country: 'DE', withName: 'Ann', withLine: 3, ofLine: 2, reason: 'email', name: 'Ann', plus: '+33 6', zeros: '0033 6', column: 'Phone 3 - Value', kept: 'ann@example.com', columns: 'First Name, Last Name' };

  it('render every entry with every count at 0, 1, 2 and 1,000 in both languages: formatted, no placeholder left', () => {
    const wrong: string[] = [];
    for (const code of Object.keys(MESSAGE_CATALOG)) {
      for (const count of COUNTS) {
        const params = { ...SAMPLE, ...Object.fromEntries(COUNT_PARAMS.map((name) => [name, count])) };
        for (const locale of LOCALES) {
          const actual = formatMessage(code, params, locale);
          if (/\$\d|\$\{|undefined|NaN/.test(actual)) wrong.push(`${code}(${count}, ${locale}): ${actual}`);
          if (/(?<!\d)1000(?!\d)/.test(actual)) wrong.push(`${code}(${count}, ${locale}): unformatted: ${actual}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('takes the singular for 1 (and 0 in French), the plural otherwise', () => {
    const render = (count: number, locale: Locale) => formatMessage('wrong-field-count', { count }, locale).split(/[;(]/)[0];
    const actual = [0, 1, 2, 1000].flatMap((count) => [render(count, 'en'), render(count, 'fr')]);
    expect(actual).toEqual([
      'has 0 fields',
      'contient 0 champ ',
      'has 1 field',
      'contient 1 champ ',
      'has 2 fields',
      'contient 2 champs ',
      'has 1,000 fields',
      'contient 1\u202f000 champs ',
    ]);
  });
});

/** Every `i18n.t(…)` call in the extension's code, with where it is. */
function i18nCalls(): { where: string; call: ts.CallExpression; file: ts.SourceFile }[] {
  const files = ['components', 'entrypoints', 'extension', 'hooks'].flatMap((dir) =>
    fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tsx?$/.test(name)).map((name) => path.join(dir, name)),
  );
  const calls: { where: string; call: ts.CallExpression; file: ts.SourceFile }[] = [];
  for (const name of files) {
    const file = ts.createSourceFile(name, fs.readFileSync(name, 'utf8'), ts.ScriptTarget.Latest, true, name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.expression.getText(file) === 'i18n.t') {
        calls.push({ where: `${name}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`, call: node, file });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return calls;
}

/** An expression that holds a number: a literal, a `.length`/`.size`, arithmetic, `String(n)`, a count-named variable. */
function looksLikeNumber(node: ts.Expression, file: ts.SourceFile): boolean {
  const text = node.getText(file);
  const arithmetic = [ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken];
  if (ts.isNumericLiteral(node) || ts.isPrefixUnaryExpression(node)) return true;
  if (ts.isBinaryExpression(node)) return arithmetic.includes(node.operatorToken.kind);
  if (ts.isCallExpression(node)) return /^(String|Number|Math\.\w+)$/.test(node.expression.getText(file)) || /\.(toString|toFixed)$/.test(node.expression.getText(file));
  return /(?:^|\.)(length|size|count|total|minutes|hours|days|\w*Count)$/i.test(text);
}

describe('the i18n.t calls of the extension', () => {
  it('pass every count as the plural count with its substitutions formatted, never a bare number', () => {
    const calls = i18nCalls();
    const wrong: string[] = [];
    for (const { where, call, file } of calls) {
      const [, second, third] = call.arguments;
      if (second === undefined || ts.isObjectLiteralExpression(second)) continue;
      if (ts.isArrayLiteralExpression(second)) {
        for (const element of second.elements) if (looksLikeNumber(element, file)) wrong.push(`${where}: ${element.getText(file)} is a bare number: use a plural message`);
        continue;
      }
      // A plural call: without substitutions the library writes the bare count ("10009").
      if (third === undefined || !ts.isArrayLiteralExpression(third)) {
        wrong.push(`${where}: plural call without its formatted substitutions`);
        continue;
      }
      for (const element of third.elements) if (looksLikeNumber(element, file)) wrong.push(`${where}: ${element.getText(file)} is not formatted: use uiCount`);
    }
    expect(calls.length).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});
