import { hash } from 'node:crypto';

/**
 * The hash of a record's JSON kept with its import key: it only has to tell a re-imported row from
 * the version of the same key imported before. SHA-1 through `crypto.hash` (one call, no hash
 * object to set up) costs half the JavaScript hash used before, so 64 bits of it, marked `h2`.
 */
export function contentHash(record: unknown): string {
  const digest = hash('sha1', JSON.stringify(record) ?? '', 'buffer');
  for (let i = 0; i < 8; i++) {
    HASH_CODES[2 + 2 * i] = HEX_CODES[digest[i]! >> 4]!;
    HASH_CODES[3 + 2 * i] = HEX_CODES[digest[i]! & 15]!;
  }
  // One flat 18-character string: `h2${hex.slice(0, 16)}` would keep a slice of the 40-digit hex
  // and a concatenation node besides (120 bytes a row instead of 40; an import holds 100 000).
  return String.fromCharCode(...HASH_CODES);
}

const HEX_CODES = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));
/** `h2` then 16 hex digits, as character codes, rewritten for each hash. */
const HASH_CODES = [104, 50, ...Array<number>(16).fill(48)];

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
