// @vitest-environment happy-dom
/**
 * The page scanner of click-to-call (issue 13) on a real DOM (happy-dom): which text it reads, the cap, how it follows
 * the page's changes in batches, and that stop() stops it. Detection itself is tested in
 * tests/lib/page-phones/find-page-phones.test.ts; the speed on a 1 MB page in bench/click-to-call.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PHONE_SCAN_MEASURE, scanPagePhones, type FoundPhone, type PagePhoneScan, type PhoneChanges } from '../../../extension/page-phones/scan-page-phones';

const WAIT = { timeout: 5_000, interval: 20 };

/** The numbers as written in the page, in the order found. */
const written = (phones: readonly FoundPhone[]) => phones.map((phone) => phone.range.toString());

const readings = () => performance.getEntriesByName(PHONE_SCAN_MEASURE).length;

/** Starts a scan of the body and keeps every change it reports. */
function startScan(options: { defaultCountry?: string; maxNumbers?: number } = {}) {
  const changes: PhoneChanges[] = [];
  const before = readings();
  const scan = scanPagePhones(document.body, { defaultCountry: options.defaultCountry ?? 'FR', maxNumbers: options.maxNumbers, onChange: (change) => changes.push(change) });
  return { scan, changes, firstReading: () => vi.waitFor(() => expect(readings()).toBeGreaterThan(before), WAIT) };
}

/** Waits for the reading of the page's next batch of changes to finish. */
async function nextReading(act: () => void): Promise<void> {
  const before = readings();
  act();
  await vi.waitFor(() => expect(readings()).toBeGreaterThan(before), WAIT);
}

describe('scanPagePhones', () => {
  let scan: PagePhoneScan | undefined;
  beforeEach(() => {
    document.body.replaceChildren();
  });
  afterEach(() => {
    scan?.stop();
    scan = undefined;
  });

  it('finds the numbers of the text nodes, nested or not, and answers the number under an offset of its text', async () => {
    document.body.innerHTML = '<main><p>Standard : +33 1 23 45 67 89 (9h–18h)</p><div><span>Fax <b>01 23 45 67 00</b></span></div></main>';
    const started = startScan();
    scan = started.scan;
    await started.firstReading();
    const node = document.querySelector('p')!.firstChild!;
    const actual = { all: written(scan.all()), e164: scan.all().map((phone) => phone.e164), at: scan.at(node, 12)?.e164, atEnd: scan.at(node, 28)?.e164, before: scan.at(node, 3) };
    expect(actual).toEqual({
      all: ['+33 1 23 45 67 89', '01 23 45 67 00'],
      e164: ['+33123456789', '+33123456700'],
      at: '+33123456789',
      atEnd: '+33123456789',
      before: undefined,
    });
  });

  it('reads a long text node in pieces and finds the numbers of every piece, at their offsets in the node', async () => {
    const filler = (words: number) => Array.from({ length: words }, (_, k) => `word${k % 10 === 0 ? '' : 's'}`).join(' ');
    const numbers = Array.from({ length: 12 }, (_, k) => `+33 1 23 45 ${String(10 + k)} 89`);
    const pre = document.createElement('pre');
    pre.textContent = numbers.map((number) => `${filler(150)} ${number}`).join(' ');
    document.body.append(pre);
    expect(pre.textContent.length).toBeGreaterThan(10_000);
    const started = startScan();
    scan = started.scan;
    await started.firstReading();
    const text = pre.firstChild as Text;
    expect(scan.all().map((phone) => text.data.slice(phone.start, phone.end))).toEqual(numbers);
  });

  it('reads no script, style, noscript, textarea, input, template or editable text', async () => {
    document.body.innerHTML = [
      '<script>const phone = "+33 1 23 45 67 01";</script>',
      '<style>/* +33 1 23 45 67 02 */</style>',
      '<noscript>+33 1 23 45 67 03</noscript>',
      '<textarea>+33 1 23 45 67 04</textarea>',
      '<input value="+33 1 23 45 67 05">',
      '<template><p>+33 1 23 45 67 06</p></template>',
      '<div contenteditable="true"><p>Typed: <b>+33 1 23 45 67 07</b></p></div>',
      '<p contenteditable>+33 1 23 45 67 08</p>',
      '<p contenteditable="plaintext-only">+33 1 23 45 67 10</p>',
      '<p contenteditable="false">Read: +33 1 23 45 67 09</p>',
    ].join('');
    const started = startScan();
    scan = started.scan;
    await started.firstReading();
    expect(written(scan.all())).toEqual(['+33 1 23 45 67 09']);
  });

  it('reads nothing of a document in design mode', async () => {
    document.body.innerHTML = '<p>Typed: +33 1 23 45 67 01</p>';
    document.designMode = 'on';
    try {
      const started = startScan();
      scan = started.scan;
      await started.firstReading();
      expect(written(scan.all())).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });

  it('stops at the cap: the first numbers of the page are kept, the rest left', async () => {
    document.body.innerHTML = Array.from({ length: 8 }, (_, k) => `<p>Agent ${k}: +33 1 23 45 67 ${String(10 + k)}</p>`).join('');
    const started = startScan({ maxNumbers: 5 });
    scan = started.scan;
    await started.firstReading();
    expect(written(scan.all())).toEqual(['+33 1 23 45 67 10', '+33 1 23 45 67 11', '+33 1 23 45 67 12', '+33 1 23 45 67 13', '+33 1 23 45 67 14']);
  });

  it('reads a batch of changes once: added text is read, changed text read again, removed text dropped', async () => {
    document.body.innerHTML = '<p id="kept">Kept +33 1 23 45 67 01</p><p id="changed">Old +33 1 23 45 67 02</p><p id="removed">Gone +33 1 23 45 67 03</p>';
    const started = startScan();
    scan = started.scan;
    await started.firstReading();
    const old = scan.all();
    const changesBefore = started.changes.length;
    await nextReading(() => {
      (document.getElementById('changed')!.firstChild as Text).data = 'New +33 1 23 45 67 04';
      document.getElementById('removed')!.remove();
      const added = document.createElement('div');
      added.innerHTML = '<p>Added <i>+33 1 23 45 67 05</i></p>';
      document.body.append(added);
      // The same text, queued again through a change of its own in the same batch: still one number.
      (added.querySelector('i')!.firstChild as Text).data = '+33 1 23 45 67 06';
    });
    const batch = started.changes.slice(changesBefore);
    const actual = {
      all: written(scan.all()),
      added: batch.flatMap((change) => written(change.added)),
      removed: batch.flatMap((change) => change.removed.map((phone) => phone.e164)).sort(),
      keptSame: scan.all()[0] === old[0],
    };
    expect(actual).toEqual({
      all: ['+33 1 23 45 67 01', '+33 1 23 45 67 04', '+33 1 23 45 67 06'],
      added: ['+33 1 23 45 67 04', '+33 1 23 45 67 06'],
      removed: ['+33123456702', '+33123456703'],
      keptSame: true,
    });
  });

  it('stops reading on stop(), even before its first slice', async () => {
    document.body.innerHTML = Array.from({ length: 200 }, (_, k) => `<p>Agent ${k}: +33 1 23 45 ${String(10 + (k % 90))} 89</p>`).join('');
    const started = startScan();
    scan = started.scan;
    scan.stop();
    // Slices run a turn apart: a second would read these 200 paragraphs many times over.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect({ found: scan.all().length, changes: started.changes.length }).toEqual({ found: 0, changes: 0 });
  });

  it('follows the page no more after stop()', async () => {
    document.body.innerHTML = '<p>Kept +33 1 23 45 67 01</p>';
    const started = startScan();
    scan = started.scan;
    await started.firstReading();
    scan.stop();
    document.body.insertAdjacentHTML('beforeend', '<p>Late +33 1 23 45 67 99</p>');
    // A batch is read within 250 ms of the page's last change.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect({ all: written(scan.all()), changes: started.changes.length }).toEqual({ all: ['+33 1 23 45 67 01'], changes: 1 });
  });
});
