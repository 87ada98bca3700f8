import path from 'node:path';
import type { CountryProfile } from '../../shared/domain/country';
import { DEVICE_CATEGORIES } from '../../shared/domain/devices';
import { EXPORT_FORMATS, type FileResult } from '../../shared/domain/files';
import { HAZARD_SORT_FIELDS, HAZARD_STATUSES, type HazardListResult } from '../../shared/domain/hazard';
import { formatArea, formatDate } from '../../shared/i18n/format';
import { createDispatcher } from '../api/dispatch';
import { openStore } from '../api/store';
import { generateDemo } from '../demo/index';
import { DEMO_SCALES } from '../demo/types';
import { databasePath, oneOf, required, value, withStore, writeFileAtomically, type Options } from './common';
import { CliUserError, cliLanguage, cliTranslator, type CliIo } from './io';

export async function init(options: Options, io: CliIo): Promise<void> {
  // Checked before the file is created: a typo must not leave an empty database behind.
  const scale = oneOf(options, 'demo', DEMO_SCALES);
  const store = openStore({ path: databasePath(options, io), mode: 'create' });
  const t = cliTranslator(io.env);
  try {
    const units = store.repos.adminUnits.list();
    io.out(
      t('cli.created', {
        path: store.context.databasePath,
        regions: units.filter((u) => u.level === 'region').length,
        cercles: units.filter((u) => u.level === 'cercle').length,
      }),
    );
    if (!scale) return;
    generateDemo(store.repos, scale);
    const call = createDispatcher(store.context, undefined, { logError: () => {} });
    const total = async (
      method:
        | 'releases.list'
        | 'incidents.list'
        | 'destruction.list'
        | 'operators.list'
        | 'capacity.list'
        | 'casualties.listPersons'
        | 'education.list'
        | 'assistance.list',
    ) => value<{ total: number }>(await call(method, { limit: 1 })).total;
    io.out(
      t('cli.demoGenerated', {
        scale,
        areas: store.repos.hazards.count(),
        activities: await total('releases.list'),
        incidents: await total('incidents.list'),
        destructions: await total('destruction.list'),
      }),
    );
    io.out(
      t('cli.demoGeneratedPeople', {
        operators: await total('operators.list'),
        capacity: await total('capacity.list'),
        casualties: await total('casualties.listPersons'),
        education: await total('education.list'),
        assistance: await total('assistance.list'),
      }),
    );
  } finally {
    store.close();
  }
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
    writeFileAtomically(out, file.bytes);
  });
  io.out(cliTranslator(io.env)('cli.exported', { path: out }));
}
