/**
 * A 64-bit hash of a record's JSON (cyrb53's mixing on two 32-bit lanes), as hex. It only has to
 * tell a re-imported row from the version of the same key imported before, so a cryptographic
 * hash (a few microseconds per row, most of it setting the hash object up) buys nothing here.
 */
export function contentHash(record: unknown): string {
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
