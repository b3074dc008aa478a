/**
 * The address book through a real CardDAV client library (tsdav), end to end against the real server (issue 12):
 * discover, list, fetch all, change a contact through the API, sync again, delete, sync again. On both stores.
 */
import { addressBookMultiGet, createDAVClient, type DAVAddressBook, type DAVVCard } from 'tsdav';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../fixtures/server-fixture';
import { describeStores } from '../../fixtures/test-stores';

const fn = (card: DAVVCard) => /^FN:(.*)$/mu.exec(String(card.data))?.[1]?.trim();

describeStores('the CardDAV address book with tsdav', (kind) => {
  let server: TestServer;
  let client: Awaited<ReturnType<typeof createDAVClient>>;
  let book: DAVAddressBook;
  let cards: DAVVCard[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer({}, kind);
    for (const name of ['Maria Beck', 'John Smith']) {
      const created = await server.call('/contacts', {
        method: 'POST',
        json: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com`, phones: [{ type: 'work', number: `+4930${name.length}123456` }] },
      });
      ids[name] = created.body.id;
    }
    // The server address alone, as a teammate types it: tsdav finds the rest from /.well-known/carddav.
    client = await createDAVClient({
      serverUrl: server.url,
      credentials: { username: 'maria-phone', password: server.member },
      authMethod: 'Basic',
      defaultAccountType: 'carddav',
    });
  });
  afterAll(async () => server?.close());

  it('discovers the address book from the server address and lists it with its name, sync-token and reports', async () => {
    const books = await client.fetchAddressBooks();
    expect(books.map((b) => [new URL(b.url).pathname, b.displayName])).toEqual([['/dav/addressbooks/directory/', 'Company Contacts']]);
    book = books[0]!;
    expect(book.syncToken).toMatch(/^urn:x-company-contacts:sync:\d+$/u);
    expect(book.reports).toEqual(expect.arrayContaining(['addressbookMultiget', 'addressbookQuery', 'syncCollection']));
  });

  it('fetches every card as vCard 3.0 named after its contact id', async () => {
    cards = await client.fetchVCards({ addressBook: book });
    const actual = cards.map((card) => [new URL(card.url).pathname, fn(card), card.etag]).sort();
    expect(actual).toEqual(
      [
        [`/dav/addressbooks/directory/${ids['John Smith']}.vcf`, 'John Smith', '"1"'],
        [`/dav/addressbooks/directory/${ids['Maria Beck']}.vcf`, 'Maria Beck', '"1"'],
      ].sort(),
    );
    expect(String(cards[0]!.data)).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/u);
  });

  it('syncs a contact changed through the API as one updated card', async () => {
    const id = ids['Maria Beck']!;
    const changed = await server.call(`/contacts/${id}`, {
      method: 'PUT',
      headers: { 'if-match': '"1"' },
      json: { name: 'Maria Beck-Huber', email: 'maria@example.com', phones: [{ type: 'work', number: '+493010123456' }] },
    });
    expect(changed.status).toBe(200);
    const synced = await client.smartCollectionSync({
      collection: { ...book, objects: cards, objectMultiGet: addressBookMultiGet },
      method: 'webdav',
      detailedResult: true,
    });
    expect(synced.objects.created).toEqual([]);
    expect(synced.objects.deleted).toEqual([]);
    expect(synced.objects.updated.map((card) => [new URL(card.url).pathname, fn(card), card.etag])).toEqual([
      [`/dav/addressbooks/directory/${id}.vcf`, 'Maria Beck-Huber', '"2"'],
    ]);
    expect(synced.syncToken).not.toBe(book.syncToken);
    book = { ...book, syncToken: synced.syncToken };
    cards = cards.map((card) => synced.objects.updated.find((u) => u.url === card.url) ?? card);
  });

  it('syncs a contact deleted through the API as one deleted card, then nothing more', async () => {
    const id = ids['John Smith']!;
    expect((await server.call(`/contacts/${id}`, { method: 'DELETE', headers: { 'if-match': '"1"' } })).status).toBe(200);
    const synced = await client.smartCollectionSync({
      collection: { ...book, objects: cards, objectMultiGet: addressBookMultiGet },
      method: 'webdav',
      detailedResult: true,
    });
    expect(synced.objects.deleted.map((card) => new URL(card.url).pathname)).toEqual([`/dav/addressbooks/directory/${id}.vcf`]);
    expect([synced.objects.created, synced.objects.updated]).toEqual([[], []]);

    const again = await client.smartCollectionSync({
      collection: { ...book, syncToken: synced.syncToken, objects: cards, objectMultiGet: addressBookMultiGet },
      method: 'webdav',
      detailedResult: true,
    });
    expect(again.objects).toEqual({ created: [], updated: [], deleted: [] });
    expect(again.syncToken).toBe(synced.syncToken);
  });
});
