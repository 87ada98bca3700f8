import type { Article7Model, MinedAreaRow } from '../../../../shared/domain/article7';
import { formatDate } from '../../../../shared/i18n/format';
import { col, named, table, totalRow, type LayoutContext } from './helpers';
import type { LayoutBlock, LayoutColumn, LayoutTable } from './types';

function areaColumns(c: LayoutContext): LayoutColumn[] {
  return [
    col(c, 'code', 'text', 12),
    col(c, 'areaName', 'text', 22),
    col(c, 'region', 'text', 13),
    col(c, 'lowerUnit', 'text', 13),
    col(c, 'locality', 'text', 14),
    col(c, 'latitude', 'coordinate', 12),
    col(c, 'longitude', 'coordinate', 13),
    col(c, 'deviceTypes', 'text', 24),
    col(c, 'estimatedDevices', 'count', 11),
    col(c, 'recordedOn', 'date', 16),
    col(c, 'remainingM2', 'area', 14),
  ];
}

/** One line per open area; device labels looked up once per category, not per row. */
function areaTable(c: LayoutContext, title: string, areas: MinedAreaRow[]): LayoutTable {
  const deviceLabels = new Map<string, string>();
  const device = (category: string) => {
    let label = deviceLabels.get(category);
    if (label === undefined) {
      label = c.t(`device.${category}`);
      deviceLabels.set(category, label);
    }
    return label;
  };
  let m2 = 0;
  const rows = areas.map((a) => {
    m2 += a.remainingM2;
    return [
      a.code,
      a.name,
      named(a.region, c.lang),
      a.lowerUnit ? named(a.lowerUnit, c.lang) : '',
      a.locality,
      a.latitude,
      a.longitude,
      a.deviceCategories.map(device).join('\n'),
      a.estimatedDevices,
      a.recordedOn,
      a.remainingM2,
    ];
  });
  return table(c, title, areaColumns(c), rows, {
    total: totalRow(c, [
      c.t('article7doc.C.areaCount', { count: areas.length }),
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      m2,
    ]),
    provenance: () => areas.map((a) => a.provenance),
  });
}

/** Oslo Action Plan: what remains by region, confirmed and suspected, improvised AP mines apart. */
function remainingTable(model: Article7Model, c: LayoutContext): LayoutTable {
  const { remaining } = model.forms.C;
  const figures = (r: Omit<(typeof remaining.regions)[number], 'regionId' | 'nameFr' | 'nameEn'>) => [
    r.confirmed.count,
    r.confirmed.m2,
    r.suspected.count,
    r.suspected.m2,
    r.total.count,
    r.total.m2,
    r.improvisedApMines.count,
    r.improvisedApMines.m2,
  ];
  return table(
    c,
    c.t('article7doc.C.remaining', { date: formatDate(remaining.asOf, c.lang) }),
    [
      col(c, 'region', 'text', 18),
      col(c, 'chaCount', 'count', 11),
      col(c, 'chaM2', 'area', 14),
      col(c, 'shaCount', 'count', 11),
      col(c, 'shaM2', 'area', 14),
      col(c, 'totalCount', 'count', 11),
      col(c, 'totalM2', 'area', 14),
      col(c, 'improvisedCount', 'count', 13),
      col(c, 'improvisedM2', 'area', 14),
    ],
    remaining.regions.map((r) => [named(r, c.lang), ...figures(r)]),
    { total: totalRow(c, figures(remaining.total)), always: true },
  );
}

/** Oslo Action Plan: land released in the period by region and method, and devices destroyed. */
function releasedTable(model: Article7Model, c: LayoutContext): LayoutTable {
  const { released } = model.forms.C;
  const figures = (r: typeof released.total) => [
    r.cancelledM2,
    r.reducedM2,
    r.clearedM2,
    r.apMinesDestroyed,
    r.improvisedApMinesDestroyed,
    r.otherItemsDestroyed,
  ];
  return table(
    c,
    c.t('article7doc.C.released'),
    [
      col(c, 'region', 'text', 18),
      col(c, 'cancelledM2', 'area', 15),
      col(c, 'reducedM2', 'area', 15),
      col(c, 'clearedM2', 'area', 15),
      col(c, 'apMinesDestroyed', 'count', 15),
      col(c, 'improvisedDestroyed', 'count', 15),
      col(c, 'otherDestroyed', 'count', 15),
    ],
    released.regions.map((r) => [named(r, c.lang), ...figures(r)]),
    { total: totalRow(c, figures(released.total)), always: true },
  );
}

/** remaining(end) = remaining(start) + new − cancelled − reduced − cleared, on one line. */
function reconciliationTable(model: Article7Model, c: LayoutContext): LayoutTable {
  const r = model.forms.C.reconciliation;
  const check = r.balanced
    ? c.t('article7doc.C.balanced')
    : c.t('article7doc.C.unbalanced', { count: r.problems.length });
  return table(
    c,
    c.t('article7doc.C.reconciliation'),
    [
      col(c, 'startM2', 'area', 15),
      col(c, 'newM2', 'area', 13),
      col(c, 'cancelledM2', 'area', 13),
      col(c, 'reducedM2', 'area', 13),
      col(c, 'clearedM2', 'area', 13),
      col(c, 'endM2', 'area', 15),
      col(c, 'check', 'text', 30),
    ],
    [[r.startM2, r.newM2, r.cancelledM2, r.reducedM2, r.clearedM2, r.endM2, check]],
    { always: true },
  );
}

export function formCBlocks(model: Article7Model, c: LayoutContext): LayoutBlock[] {
  const form = model.forms.C;
  return [
    remainingTable(model, c),
    releasedTable(model, c),
    reconciliationTable(model, c),
    // The suspected list shares these columns, so one repeated header serves both on paper.
    { ...areaTable(c, c.t('article7doc.C.known'), form.known), main: true },
    areaTable(c, c.t('article7doc.C.suspected'), form.suspected),
  ];
}
