import fs from 'node:fs';
import path from 'node:path';
import type { Envelope } from '../../shared/api/envelope';
import type { CountryProfile } from '../../shared/domain/country';
import { DEVICE_CATEGORIES } from '../../shared/domain/devices';
import { EXPORT_FORMATS, type FileResult } from '../../shared/domain/files';
import { HAZARD_SORT_FIELDS, HAZARD_STATUSES, type HazardListResult } from '../../shared/domain/hazard';
import { formatArea, formatDate } from '../../shared/i18n/format';
import { createDispatcher, type Dispatch } from '../api/dispatch';
import { openStore, type Store } from '../api/store';
import { CliUserError, cliLanguage, cliTranslator, type CliIo } from './io';

export type Options = Record<string, string | boolean | undefined>;

function required(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '')
    throw new CliUserError('cli.missingOption', { option: name });
  return value;
}

function oneOf<T extends string>(options: Options, name: string, allowed: readonly T[]): T | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CliUserError('cli.badValue', {
      option: name,
      value: String(value),
      expected: allowed.join('|'),
    });
  }
  return value as T;
}

function databasePath(options: Options, io: CliIo): string {
  const given = typeof options.db === 'string' ? options.db : io.env.BALISE_DB;
  if (!given) throw new CliUserError('cli.missingOption', { option: 'db' });
  return path.resolve(io.cwd, given);
}

/** Opens the database, runs `work` with a dispatcher over the same handlers as the app, closes. */
async function withStore<T>(options: Options, io: CliIo, work: (call: Dispatch, store: Store) => Promise<T>) {
  const store = openStore({ path: databasePath(options, io), mode: 'open' });
  try {
    return await work(createDispatcher(store.context, undefined, { logError: () => {} }), store);
  } finally {
    store.close();
  }
}

/** Unwraps an envelope; a refused call becomes a user error with the handler's own message. */
function value<T>(envelope: Envelope<unknown>): T {
  if (envelope.ok) return envelope.value as T;
  if (envelope.error.code === 'INTERNAL') throw new Error(envelope.error.messageKey);
  const field = envelope.error.fields?.[0];
  throw new CliUserError(envelope.error.messageKey, {
    ...(envelope.error.params ?? {}),
    ...(field ? { field: field.path } : {}),
  });
}

export async function init(options: Options, io: CliIo): Promise<void> {
  const store = openStore({ path: databasePath(options, io), mode: 'create' });
  const units = store.repos.adminUnits.list();
  store.close();
  io.out(
    cliTranslator(io.env)('cli.created', {
      path: store.context.databasePath,
      regions: units.filter((u) => u.level === 'region').length,
      cercles: units.filter((u) => u.level === 'cercle').length,
    }),
  );
}

/** Fills an empty database with the demo register (the same data as the app's button). */
export async function loadDemo(options: Options, io: CliIo): Promise<void> {
  const { areas } = await withStore(options, io, async (call) =>
    value<{ areas: number }>(await call('demo.load', {})),
  );
  io.out(cliTranslator(io.env)('cli.demoLoaded', { count: areas }));
}

export async function listHazards(options: Options, io: CliIo): Promise<void> {
  const t = cliTranslator(io.env);
  const lang = cliLanguage(io.env);
  await withStore(options, io, async (call, store) => {
    const regionCode = typeof options.region === 'string' ? options.region : undefined;
    const region = regionCode ? store.repos.adminUnits.findByCode(regionCode) : null;
    if (regionCode && region?.level !== 'region')
      throw new CliUserError('cli.unknownRegion', { code: regionCode });
    const query = {
      ...(region ? { regionId: region.id } : {}),
      ...(oneOf(options, 'status', HAZARD_STATUSES) ? { status: options.status } : {}),
      ...(oneOf(options, 'device', DEVICE_CATEGORIES) ? { deviceCategory: options.device } : {}),
      ...(typeof options.search === 'string' ? { search: options.search } : {}),
      sort: oneOf(options, 'sort', HAZARD_SORT_FIELDS) ?? 'code',
      direction: options.desc ? 'desc' : 'asc',
    };
    // Page through everything: the CLI prints the whole register.
    const rows: HazardListResult['rows'] = [];
    let page: HazardListResult;
    do {
      page = value<HazardListResult>(
        await call('hazards.list', { ...query, limit: 1000, offset: rows.length }),
      );
      rows.push(...page.rows);
    } while (rows.length < page.total && page.rows.length > 0);

    if (options.json) {
      io.out(JSON.stringify(rows, null, 2));
      return;
    }
    if (rows.length === 0) return io.out(t('cli.noAreas'));
    for (const r of rows) {
      const regionName = lang === 'fr' ? r.regionNameFr : r.regionNameEn;
      io.out(
        [
          r.code,
          r.name,
          regionName,
          t(`status.short.${r.status}`),
          formatArea(r.estimatedAreaM2, lang),
          formatDate(r.recordedOn, lang),
        ].join('\t'),
      );
    }
    io.out(t('cli.listTotal', { count: page.total, area: formatArea(page.totalAreaM2, lang) }));
  });
}

export async function showProfile(options: Options, io: CliIo): Promise<void> {
  const t = cliTranslator(io.env);
  const lang = cliLanguage(io.env);
  await withStore(options, io, async (call) => {
    const p = value<CountryProfile>(await call('profile.get', {}));
    if (options.json) return io.out(JSON.stringify(p, null, 2));
    const date = (d: string | null) => (d ? formatDate(d, lang) : t('cli.profile.none'));
    const focal = [
      p.focalPoint.name,
      p.focalPoint.organisation,
      p.focalPoint.phone,
      p.focalPoint.email,
    ].filter(Boolean);
    const lines: [string, string][] = [
      ['cli.profile.country', `${lang === 'fr' ? p.nameFr : p.nameEn} (${p.iso3})`],
      ['cli.profile.signed', date(p.signedOn)],
      ['cli.profile.ratified', date(p.ratifiedOn)],
      ['cli.profile.inForce', date(p.entryIntoForceOn)],
      ['cli.profile.originalDeadline', date(p.originalDeadline)],
      ['cli.profile.currentDeadline', date(p.currentDeadline)],
      ['cli.profile.authority', p.authorityName || t('cli.profile.none')],
      ['cli.profile.focalPoint', focal.join(', ') || t('cli.profile.none')],
    ];
    for (const [key, text] of lines) io.out(`${t(key)} : ${text}`);
  });
}

export async function exportRegister(options: Options, io: CliIo): Promise<void> {
  const format = oneOf(options, 'format', EXPORT_FORMATS) ?? required(options, 'format');
  const lang = oneOf(options, 'lang', ['fr', 'en'] as const) ?? 'fr';
  const out = path.resolve(io.cwd, required(options, 'out'));
  await withStore(options, io, async (call) => {
    const file = value<FileResult>(await call('exports.register', { format, lang }));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    // Write beside the target then rename, so a failure never leaves half a file.
    const partial = `${out}.partial`;
    fs.writeFileSync(partial, file.bytes);
    fs.renameSync(partial, out);
  });
  io.out(cliTranslator(io.env)('cli.exported', { path: out }));
}
