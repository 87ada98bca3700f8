import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/envelope';
import { METHOD_NAMES, type MethodName } from '../../../shared/api/methods';
import { CATALOGUES } from '../../../shared/i18n/index';
import { testStore } from '../../helpers/store';

/**
 * Contract fuzz (issue 8, security baseline): every method of the contract gets generated
 * malformed inputs through the real dispatcher. Each must be answered `ok: false, VALIDATION` with
 * catalogue keys, never INTERNAL, never a thrown exception, and must leave the database untouched.
 * Inputs are built from each method's own schema (as JSON Schema) so that every case is malformed
 * by construction; a case the schema nevertheless accepts is reported, never dispatched.
 * Reproduce a failure with BALISE_FUZZ_SEED=<seed> (printed in the failure).
 */
const SEED = Number(process.env.BALISE_FUZZ_SEED ?? 0x8a15e);
const CASES_PER_METHOD = 24;

/** mulberry32: small, seedable, good enough to pick cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

const jsonSchemaOf = (method: MethodName) =>
  z.toJSONSchema(contract[method].input as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Schema;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const typesOf = (s: Schema) => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]);

/**
 * True only when `value` certainly fails `schema` (false when unsure): the fuzz only sends inputs
 * that are malformed by construction. NaN and ±Infinity fail every zod number.
 */
function isInvalid(value: unknown, s: Schema): boolean {
  if (s.anyOf) return s.anyOf.every((member) => isInvalid(value, member));
  if (s.const !== undefined) return !Object.is(value, s.const);
  if (s.enum) return !s.enum.some((choice) => Object.is(choice, value));
  const types = typesOf(s);
  if (types.length === 0) return false;
  if (value === null) return !types.includes('null');
  if (Array.isArray(value)) {
    if (!types.includes('array')) return true;
    if (value.length < (s.minItems ?? 0) || value.length > (s.maxItems ?? Infinity)) return true;
    return s.items ? value.some((item) => isInvalid(item, s.items!)) : false;
  }
  switch (typeof value) {
    case 'string':
      if (!types.includes('string')) return true;
      if (value.length > (s.maxLength ?? Infinity) || value.length < (s.minLength ?? 0)) return true;
      if (s.format === 'uuid' && !UUID.test(value)) return true;
      return s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(value);
    case 'number': {
      const numeric = types.includes('number') || (types.includes('integer') && Number.isInteger(value));
      if (!numeric || !Number.isFinite(value)) return true;
      return (
        value < (s.minimum ?? -Infinity) ||
        value > (s.maximum ?? Infinity) ||
        value <= (s.exclusiveMinimum ?? -Infinity) ||
        value >= (s.exclusiveMaximum ?? Infinity)
      );
    }
    case 'boolean':
      return !types.includes('boolean');
    case 'object': {
      if (!types.includes('object')) return true;
      const record = value as Record<string, unknown>;
      const props = s.properties ?? {};
      if ((s.required ?? []).some((key) => !Object.hasOwn(record, key))) return true;
      return Object.keys(record).some((key) => {
        if (Object.hasOwn(props, key)) return isInvalid(record[key], props[key]!);
        if (s.additionalProperties === false) return true;
        return typeof s.additionalProperties === 'object' && isInvalid(record[key], s.additionalProperties);
      });
    }
    default:
      return true; // undefined, bigint, function: never part of a valid input
  }
}

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}

/** Own `__proto__` and `constructor` keys, as JSON.parse builds them from a hostile payload. */
const POLLUTING = () =>
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown;

/** Values to put where a field is expected; each case keeps only those certainly invalid there. */
const HOSTILE: { label: string; make: () => unknown }[] = [
  { label: 'empty string', make: () => '' },
  { label: 'word', make: () => 'x' },
  { label: 'huge string', make: () => 'x'.repeat(200_001) },
  { label: 'not a uuid', make: () => '../../etc/passwd' },
  { label: 'zero', make: () => 0 },
  { label: 'negative', make: () => -1 },
  { label: 'fraction', make: () => 1.5 },
  { label: 'NaN', make: () => NaN },
  { label: 'Infinity', make: () => Infinity },
  { label: '-Infinity', make: () => -Infinity },
  { label: 'huge number', make: () => 1e308 },
  { label: 'true', make: () => true },
  { label: 'null', make: () => null },
  { label: 'empty object', make: () => ({}) },
  { label: 'empty array', make: () => [] },
  { label: 'mixed array', make: () => [1, 'a', null] },
  { label: 'deep object', make: () => nested(2000, 1, false) },
  { label: 'deep array', make: () => nested(2000, 1, true) },
  { label: 'polluting object', make: POLLUTING },
];

/** A best-effort well-formed value (required fields only), the base that each case breaks. */
function sample(s: Schema, key: string, rnd: () => number): unknown {
  if (s.anyOf) return sample(s.anyOf[0]!, key, rnd);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const types = typesOf(s);
  if (types.includes('null')) return null;
  if (types.includes('object')) {
    const out: Record<string, unknown> = {};
    for (const name of s.required ?? []) out[name] = sample(s.properties?.[name] ?? {}, name, rnd);
    return out;
  }
  if (types.includes('array')) {
    return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items ?? {}, key, rnd));
  }
  if (types.includes('integer') || types.includes('number')) {
    const wanted = /year/i.test(key) ? 2025 : 1;
    return Math.min(Math.max(wanted, s.minimum ?? -Infinity), s.maximum ?? Infinity);
  }
  if (types.includes('boolean')) return false;
  if (s.format === 'uuid') {
    const hex = () => Math.floor(rnd() * 16).toString(16);
    const part = (n: number) => Array.from({ length: n }, hex).join('');
    return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
  }
  if (s.pattern === '^[A-Z]{3}$') return 'MLI';
  if (s.pattern === '^[a-f0-9]{32}$') return 'a'.repeat(32);
  if (s.format === 'base64') return '';
  if (/(On|Date|Deadline|From|To|^from|^to|^period)$/.test(key)) return '2026-01-15';
  return 'Texte'.padEnd(s.minLength ?? 1, '.');
}

/** Every field path of an object schema (nested objects included), with its schema. */
function fieldsOf(s: Schema, prefix: string[] = []): { path: string[]; schema: Schema }[] {
  const out: { path: string[]; schema: Schema }[] = [];
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    const path = [...prefix, key];
    out.push({ path, schema: child });
    if (typesOf(child).includes('object') && child.properties) out.push(...fieldsOf(child, path));
  }
  return out;
}

function withValue(base: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = (next && typeof next === 'object' && !Array.isArray(next) ? next : (node[key] = {})) as Record<
      string,
      unknown
    >;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

interface FuzzCase {
  kind: string;
  input: unknown;
}

/** The malformed inputs for one method: whole-input garbage, then random breaks of one field. */
function casesFor(method: MethodName, rnd: () => number): FuzzCase[] {
  const schema = jsonSchemaOf(method);
  const base = sample(schema, '', rnd);
  const pick = <T>(items: T[]) => items[Math.floor(rnd() * items.length)]!;
  const cases: FuzzCase[] = [
    { kind: 'string input', input: 'hazards.delete' },
    { kind: 'number input', input: NaN },
    { kind: 'array input', input: [base] },
    { kind: 'deep array input', input: nested(5000, {}, true) },
    { kind: 'boolean input', input: true },
  ];
  if (isInvalid({}, schema))
    cases.push({ kind: 'null input', input: null }, { kind: 'undefined input', input: undefined });
  if (schema.additionalProperties === false) {
    cases.push({ kind: 'polluting keys', input: Object.assign(POLLUTING() as object, base) });
  }
  const fields = fieldsOf(schema);
  const required = fields.filter(({ path }) => {
    let node: Schema | undefined = schema;
    for (const key of path.slice(0, -1)) node = node?.properties?.[key];
    return node?.required?.includes(path[path.length - 1]!) ?? false;
  });
  while (cases.length < CASES_PER_METHOD && fields.length > 0) {
    const roll = rnd();
    if (roll < 0.15 && required.length > 0) {
      const field = pick(required);
      cases.push({ kind: `missing ${field.path.join('.')}`, input: withValue(base, field.path, undefined) });
    } else if (roll < 0.3 && schema.additionalProperties === false) {
      const key = pick(['isAdmin', 'constructor', 'prototype', 'toString', 'x'.repeat(10_000)]);
      cases.push({
        kind: `extra field ${key.slice(0, 20)}`,
        input: withValue(base, [key], pick(HOSTILE).make()),
      });
    } else {
      const field = pick(fields);
      const wrong = HOSTILE.filter((h) => isInvalid(h.make(), field.schema));
      if (wrong.length === 0) continue;
      const value = pick(wrong);
      cases.push({
        kind: `${value.label} in ${field.path.join('.')}`,
        input: withValue(base, field.path, value.make()),
      });
    }
  }
  return cases;
}

const preview = (value: unknown) => {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 120);
  } catch {
    return `<${Array.isArray(value) ? 'array' : typeof value} too deep to print>`;
  }
};

describe('contract fuzz: every method refuses malformed input', () => {
  const t = testStore();
  const changes = () => (t.store.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const tables = () =>
    (t.store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[])
      .map(({ name }) => name)
      .filter((name) => !name.startsWith('sqlite_'));
  const counts = () =>
    Object.fromEntries(
      tables().map((name) => [
        name,
        (t.store.db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
      ]),
    );
  let before: Record<string, number>;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(() => {
    before = counts();
  });
  afterAll(() => t.cleanup());

  it(`answers VALIDATION to ${CASES_PER_METHOD} generated cases per method, changing nothing (seed ${SEED})`, async () => {
    const rnd = prng(SEED);
    const failures: string[] = [];
    let dispatched = 0;
    for (const method of METHOD_NAMES) {
      for (const { kind, input } of casesFor(method, rnd)) {
        const where = `${method} / ${kind}: ${preview(input)}`;
        let accepted: boolean;
        try {
          accepted = contract[method].input.safeParse(input ?? {}).success;
        } catch (error) {
          // The dispatcher parses outside its try: a throwing schema rejects the IPC promise.
          failures.push(`${where}: the schema THROWS ${String(error)}`);
          continue;
        }
        if (accepted) {
          failures.push(`${where}: the schema ACCEPTS this malformed input`);
          continue;
        }
        const start = changes();
        let answer: Envelope<unknown>;
        try {
          answer = await t.call(method, input);
        } catch (error) {
          failures.push(`${where}: threw ${String(error)}`);
          continue;
        }
        dispatched += 1;
        if (answer.ok || answer.error.code !== 'VALIDATION') {
          failures.push(`${where}: answered ${preview(answer)}`);
        } else if (
          !answer.error.fields?.length ||
          answer.error.fields.some((f) => !(f.messageKey in CATALOGUES.fr))
        ) {
          failures.push(`${where}: field issues without catalogue keys ${preview(answer.error.fields)}`);
        }
        if (changes() !== start) failures.push(`${where}: the database changed`);
      }
    }
    expect(failures.slice(0, 60), `seed ${SEED}, ${failures.length} failures`).toEqual([]);
    expect(dispatched).toBeGreaterThan(METHOD_NAMES.length * 10);
    expect(counts()).toEqual(before);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('contract fuzz: what the dispatcher does before any schema', () => {
  const t = testStore();
  afterAll(() => t.cleanup());

  it('answers BAD_REQUEST to method names that are not in the contract, prototype keys included', async () => {
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      'hazards.list ',
      'HAZARDS.LIST',
    ]) {
      const answer = await t.call(name, {});
      expect(answer, name).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST', messageKey: 'error.unknownMethod' },
      });
    }
  });

  it('drops unknown fields of the non-strict inputs before a handler could see them', () => {
    const rnd = prng(SEED);
    let checked = 0;
    for (const method of METHOD_NAMES) {
      const schema = jsonSchemaOf(method);
      const base = sample(schema, '', rnd);
      if (schema.additionalProperties === false || !contract[method].input.safeParse(base).success) continue;
      const hostile = Object.assign(POLLUTING() as object, base, { isAdmin: true });
      const parsed = contract[method].input.safeParse(hostile);
      expect(parsed.success, method).toBe(true);
      const value = parsed.data as Record<string, unknown>;
      expect(Object.getPrototypeOf(value), method).toBe(Object.prototype);
      for (const key of ['__proto__', 'constructor', 'isAdmin'])
        expect(Object.hasOwn(value, key), `${method} ${key}`).toBe(false);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
