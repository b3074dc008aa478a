/**
 * The request bodies real CardDAV clients send (issue 12), replayed by client-requests.test.ts. Each is rebuilt from
 * the client's published source or a published request log, with its namespaces and prefixes as sent.
 */

/** Thunderbird's built-in address book: comm-central mailnews/addrbook/modules/CardDAVDirectory.sys.mjs. */
export const thunderbird = {
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0',
  /** fetchAllFromServer() and updateAllFromServerV1(): Depth 1 on the address book. */
  listing: `<propfind xmlns="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/" xmlns:d="DAV:">
      <prop>
        <resourcetype/>
        <getetag/>
        <cs:getctag/>
      </prop>
    </propfind>`,
  /** _multigetRequest(hrefs), sent with Depth 1. */
  multiget: (hrefs: string[]) => `<?xml version="1.0" encoding="utf-8"?>
    <card:addressbook-multiget xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/" xmlns:d="DAV:">
      <d:prop>
        <d:getetag/>
        <card:address-data/>
      </d:prop>
      ${hrefs.map((href) => `      <d:href>${href}</d:href>`).join('\n')}
    </card:addressbook-multiget>`,
  /** _getSyncToken(): Depth 0 on the address book. */
  syncToken: `<propfind xmlns="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/" xmlns:d="DAV:">
      <prop>
         <displayname/>
         <cs:getctag/>
         <sync-token/>
      </prop>
    </propfind>`,
  /** updateAllFromServerV2(): sent with Depth 1 ("only Google seems to need this"); accepts 207 or 400 only. */
  syncCollection: (token: string) => `<sync-collection xmlns="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/" xmlns:d="DAV:">
      <sync-token>${token}</sync-token>
      <sync-level>1</sync-level>
      <prop>
        <getetag/>
        <card:address-data/>
      </prop>
    </sync-collection>`,
};

/**
 * DAVx⁵: davx5-ose ContactsSyncManager (queryCapabilities, listAllRemote, downloadRemote) and SyncManager
 * (sync-collection, full resync on DAV:valid-sync-token), serialised by dav4jvm (DAV: as the default namespace,
 * CardDAV under the CARD prefix).
 */
export const davx5 = {
  userAgent: 'DAVx5/4.4.3.2-ose (2024/10/28; dav4jvm; okhttp/4.12.0) Android/14',
  capabilities: `<?xml version='1.0' encoding='UTF-8' ?><propfind xmlns="DAV:" xmlns:CARD="urn:ietf:params:xml:ns:carddav" xmlns:CS="http://calendarserver.org/ns/"><prop><CARD:max-resource-size /><CARD:supported-address-data /><supported-report-set /><CS:getctag /><sync-token /></prop></propfind>`,
  homeSet: `<?xml version='1.0' encoding='UTF-8' ?><propfind xmlns="DAV:" xmlns:CARD="urn:ietf:params:xml:ns:carddav"><prop><CARD:addressbook-home-set /><current-user-principal /></prop></propfind>`,
  collections: `<?xml version='1.0' encoding='UTF-8' ?><propfind xmlns="DAV:" xmlns:CARD="urn:ietf:params:xml:ns:carddav" xmlns:CAL="urn:ietf:params:xml:ns:caldav"><prop><resourcetype /><displayname /><owner /><current-user-privilege-set /><CARD:addressbook-description /><CAL:supported-calendar-component-set /></prop></propfind>`,
  syncCollection: (token: string) =>
    `<?xml version='1.0' encoding='UTF-8' ?><sync-collection xmlns="DAV:"><sync-token>${token}</sync-token><sync-level>1</sync-level><prop><getetag /></prop></sync-collection>`,
  multiget: (hrefs: string[]) =>
    `<?xml version='1.0' encoding='UTF-8' ?><CARD:addressbook-multiget xmlns="DAV:" xmlns:CARD="urn:ietf:params:xml:ns:carddav"><prop><getcontenttype /><getetag /><CARD:address-data content-type="text/vcard" version="4.0" /></prop>${hrefs.map((href) => `<href>${href}</href>`).join('')}</CARD:addressbook-multiget>`,
};

/**
 * iOS / macOS Contacts (CoreDAV, "A:" for DAV: and a prefix declared per element for other namespaces). The
 * sync-collection body is from Apple's radar 46163430 as mirrored in lionheart/openradar-mirror#20734 (macOS
 * Contacts sending a token of its own making, a UUID); the request order (unauthenticated first, OPTIONS on the
 * principal looking for "addressbook" in DAV) from the iOS 12 access log in nextcloud/contacts#399. The PROPFIND
 * property lists follow the iOS/macOS request logs published in sabre-io/dav and Kozea/Radicale issues (sabre-io/dav#813
 * shows the per-element prefixes); they were not captured from a device for this test.
 */
export const ios = {
  userAgent: 'iOS/17.5 (21F79) dataaccessd/1.0',
  principal: `<?xml version="1.0" encoding="UTF-8"?>
<A:propfind xmlns:A="DAV:">
  <A:prop>
    <A:current-user-principal/>
    <A:principal-URL/>
    <A:resourcetype/>
  </A:prop>
</A:propfind>`,
  principalProps: `<?xml version="1.0" encoding="UTF-8"?>
<A:propfind xmlns:A="DAV:">
  <A:prop>
    <B:addressbook-home-set xmlns:B="urn:ietf:params:xml:ns:carddav"/>
    <B:directory-gateway xmlns:B="urn:ietf:params:xml:ns:carddav"/>
    <A:displayname/>
    <C:email-address-set xmlns:C="http://calendarserver.org/ns/"/>
    <A:principal-collection-set/>
    <A:principal-URL/>
    <A:resource-id/>
    <A:supported-report-set/>
  </A:prop>
</A:propfind>`,
  home: `<?xml version="1.0" encoding="UTF-8"?>
<A:propfind xmlns:A="DAV:">
  <A:prop>
    <B:bulk-requests xmlns:B="http://me.com/_namespace/"/>
    <A:current-user-privilege-set/>
    <A:displayname/>
    <C:getctag xmlns:C="http://calendarserver.org/ns/"/>
    <D:max-image-size xmlns:D="urn:ietf:params:xml:ns:carddav"/>
    <D:max-resource-size xmlns:D="urn:ietf:params:xml:ns:carddav"/>
    <C:me-card xmlns:C="http://calendarserver.org/ns/"/>
    <A:owner/>
    <C:push-transports xmlns:C="http://calendarserver.org/ns/"/>
    <C:pushkey xmlns:C="http://calendarserver.org/ns/"/>
    <A:quota-available-bytes/>
    <A:quota-used-bytes/>
    <A:resource-id/>
    <A:resourcetype/>
    <A:supported-report-set/>
    <A:sync-token/>
  </A:prop>
</A:propfind>`,
  syncCollection: (token: string) => `<?xml version="1.0" encoding="UTF-8"?>
<A:sync-collection xmlns:A="DAV:">
  <A:sync-token>${token}</A:sync-token>
  <A:sync-level>1</A:sync-level>
  <A:prop>
    <A:getetag/>
  </A:prop>
</A:sync-collection>`,
  multiget: (hrefs: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<B:addressbook-multiget xmlns:B="urn:ietf:params:xml:ns:carddav">
  <A:prop xmlns:A="DAV:">
    <A:getetag/>
    <B:address-data/>
  </A:prop>
${hrefs.map((href) => `  <A:href xmlns:A="DAV:">${href}</A:href>`).join('\n')}
</B:addressbook-multiget>`,
};
