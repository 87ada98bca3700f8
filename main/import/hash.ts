import { hash } from 'node:crypto';

/**
 * The hash of a record's JSON kept with its import key: it only has to tell a re-imported row from
 * the version of the same key imported before. SHA-1 through `crypto.hash` (one call, no hash
 * object to set up) costs half the JavaScript hash used before, so 64 bits of it, marked `h2`.
 */
export function contentHash(record: unknown): string {
  return `h2${hash('sha1', JSON.stringify(record) ?? '', 'hex').slice(0, 16)}`;
}

/**
 * Whether a key's stored hash is this record's (`hash`, from contentHash). Keys written before
 * the `h2` hashes hold cyrb53's 16 hex digits: those are compared with that hash, so a file
 * imported then is still "unchanged" when imported again.
 */
export function sameContent(stored: string, record: unknown, hash: string): boolean {
  return stored.startsWith('h2') ? stored === hash : stored === legacyHash(record);
}

/** cyrb53's mixing on two 32-bit lanes, as hex: the content hash of the first imports. */
export function legacyHash(record: unknown): string {
  const text = JSON.stringify(record) ?? '';
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
