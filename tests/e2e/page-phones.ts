/**
 * Click-to-call's end-to-end helpers (issue 13): the popup opened over a page, the numbers the content script found
 * (read from the page's CSS highlight, which the page's own world can see), and the call card (in a closed shadow
 * root: read through DevTools' DOM, which pierces it, as a user's eyes would).
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

export const PHONE_HIGHLIGHT = 'company-contacts-phone';

/** Opens the popup in a window of its own over `page` (the active tab of the last focused browser window). */
export async function openPopupOver(browser: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0]!;
  const opened = browser.context.waitForEvent('page', (candidate) => candidate.url().includes('popup.html'));
  await worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as { chrome: { windows: { create(options: object): Promise<unknown> } } };
    await chrome.windows.create({ url, type: 'popup', focused: true });
  }, browser.url('popup.html'));
  const popup = await opened;
  await popup.waitForLoadState();
  return popup;
}

/** Sets the settings' default country as the options page would save it. */
export async function setDefaultCountry(browser: ExtensionBrowser, country: string) {
  const page = await browser.context.newPage();
  await page.goto(browser.url('options.html'));
  await page.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, Record<string, unknown>>>; set(items: object): Promise<void> } } } };
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, defaultCountry: value } });
  }, country);
  await page.close();
}

/** The texts of the numbers found so far, in page order. */
export function foundNumbers(page: Page): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(name);
    if (!highlight) return [];
    const ranges = [...highlight];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  }, PHONE_HIGHLIGHT);
}

/** Waits until `count` numbers are found, and answers them. */
export async function waitForNumbers(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction(
    ([name, wanted]) => ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(name as string)?.size ?? -1) >= (wanted as number),
    [PHONE_HIGHLIGHT, count],
    { timeout: 15_000 },
  );
  return foundNumbers(page);
}

/** Moves the mouse onto the middle of the first text `text` of the page. */
export async function hoverText(page: Page, text: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${wanted}" is not in the page.`);
  }, text);
  await page.mouse.move(box.x - 40, box.y + 60);
  await page.mouse.move(box.x, box.y, { steps: 4 });
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface CardView {
  visible: boolean;
  texts: string[];
  href: string | null;
  buttons: string[];
}

function walk(node: DomNode, visit: (node: DomNode) => void) {
  visit(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, visit);
}

const attribute = (node: DomNode, name: string) => {
  const at = node.attributes?.indexOf(name) ?? -1;
  return at === -1 || at % 2 === 1 ? null : node.attributes![at + 1]!;
};

async function cardRoot(page: Page): Promise<{ card: DomNode | null; root: DomNode; send: (method: string, params: object) => Promise<unknown> }> {
  const cdp = await page.context().newCDPSession(page);
  const send = (method: string, params: object) => cdp.send(method as 'DOM.getDocument', params);
  const { root } = (await send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  let card: DomNode | null = null;
  walk(root, (node) => {
    if (node.nodeName === 'DIV' && attribute(node, 'class') === 'card') card = node;
  });
  return { card, root, send };
}

/** What the call card shows (its text, its call link, its buttons), as the user sees it. */
export async function readCard(page: Page): Promise<CardView> {
  const { card } = await cardRoot(page);
  if (!card) return { visible: false, texts: [], href: null, buttons: [] };
  const view: CardView = { visible: attribute(card, 'hidden') === null, texts: [], href: null, buttons: [] };
  for (const child of (card as DomNode).children ?? []) {
    const text = child.children?.find((node) => node.nodeType === 3)?.nodeValue ?? '';
    if (child.nodeName === 'A') view.href = attribute(child, 'href');
    if (child.nodeName === 'BUTTON') view.buttons.push(text);
    else view.texts.push(text);
  }
  return view;
}

/** Waits until the card shows `text` among its texts. */
export async function waitForCard(page: Page, test: (view: CardView) => boolean): Promise<CardView> {
  for (let tries = 0; tries < 50; tries += 1) {
    const view = await readCard(page);
    if (test(view)) return view;
    await page.waitForTimeout(100);
  }
  return readCard(page);
}

/** Clicks the card's button with this text. */
export async function clickCardButton(page: Page, text: string): Promise<void> {
  const { card, send } = await cardRoot(page);
  const button = (card as DomNode | null)?.children?.find((node) => node.nodeName === 'BUTTON' && node.children?.[0]?.nodeValue === text);
  if (!button) throw new Error(`The card has no "${text}" button.`);
  const { model } = (await send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.move((x1 + x3) / 2, (y1 + y3) / 2, { steps: 3 });
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

/**
 * The control that has the keyboard focus, as a screen reader meets it (its role and accessible name): read from the
 * accessibility tree, which, unlike the page's scripts, reaches into the card's closed shadow root.
 */
export async function focusedControl(page: Page): Promise<{ role: string; name: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AxNode[] };
  await cdp.detach();
  const focused = nodes.filter(
    (node) => node.role?.value !== 'RootWebArea' && node.properties?.some((property) => property.name === 'focused' && property.value.value === true),
  );
  const last = focused.at(-1);
  return last ? { role: last.role?.value ?? '', name: last.name?.value ?? '' } : null;
}

/** What the card's live region last said to screen readers. */
export async function readAnnouncement(page: Page): Promise<string> {
  const { root } = await cardRoot(page);
  let said = '';
  walk(root, (node) => {
    if (node.nodeName === 'DIV' && attribute(node, 'role') === 'status') said = node.children?.find((child) => child.nodeType === 3)?.nodeValue ?? '';
  });
  return said;
}
