/**
 * The SQLite statements whose query plan decides whether a request takes microseconds or scans an organisation: the
 * duplicate look-ups of every write and import line, the reads by id, and the change feed's page. The server never
 * runs ANALYZE, and without statistics SQLite prefers the primary key's `org_id` prefix to a better index (100 ms a
 * look-up at 100,000 contacts, found by `npm run bench:server`, issue 10), so the look-ups name their index
 * (`INDEXED BY`, and `CROSS JOIN` to read contact_phones first). tests/server/store/sqlite-query-plans.test.ts pins
 * each plan.
 */
export const CONTACT_BY_EMAIL = 'SELECT seq, json FROM contacts INDEXED BY contacts_email WHERE org_id = ? AND email = ? AND deleted = 0';

export const CONTACTS_BY_PHONE = `SELECT c.seq, c.json FROM contact_phones p CROSS JOIN contacts c INDEXED BY contacts_id ON c.org_id = p.org_id AND c.id = p.contact_id
     WHERE p.org_id = ? AND p.number = ? AND c.deleted = 0 ORDER BY c.seq`;

/** The ids arrive as one JSON array, not as a variable count of parameters. */
export const CONTACTS_BY_IDS = 'SELECT json FROM contacts INDEXED BY contacts_id WHERE org_id = ? AND id IN (SELECT value FROM json_each(?))';

export const CONTACT_BY_ID = 'SELECT seq, json FROM contacts WHERE org_id = ? AND id = ?';

/** (org_id, seq) is the table's key: MAX reads the last entry of the organisation's range. */
export const LAST_SEQ = 'SELECT MAX(seq) FROM contacts WHERE org_id = ?';

export const FEED_PAGE = 'SELECT json FROM contacts WHERE org_id = ? AND seq > ? ORDER BY seq LIMIT ?';

export const FEED_SEQ_AT = 'SELECT seq FROM contacts WHERE org_id = ? AND seq > ? ORDER BY seq LIMIT 1 OFFSET ?';
