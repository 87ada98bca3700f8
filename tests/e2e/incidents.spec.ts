import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './harness';

interface Unit {
  id: string;
  code: string;
}
type Envelope = { ok: true; value: unknown } | { ok: false; error: unknown };
type Bridge = Record<string, Record<string, (input?: unknown) => Promise<Envelope>>>;

/** Calls the API the way the app does (window.balise), to set up data without clicking through forms. */
async function api(page: Page, method: string, input: unknown = {}): Promise<unknown> {
  const envelope = await page.evaluate(
    async ([m, i]) => {
      const [domain, action] = (m as string).split('.');
      const bridge = (globalThis as unknown as { balise: Bridge }).balise;
      return bridge[domain!]![action!]!(i);
    },
    [method, input] as const,
  );
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

async function regionId(page: Page, code: string): Promise<string> {
  const units = (await api(page, 'adminUnits.list')) as Unit[];
  return units.find((u) => u.code === code)!.id;
}

function incident(region: string, occurredOn: string, over: Record<string, unknown> = {}) {
  return {
    occurredOn,
    regionId: region,
    lowerUnitId: null,
    locality: 'Ansongo',
    latitude: null,
    longitude: null,
    declaredCategory: 'IED_OTHER',
    activation: 'command',
    target: 'securityForces',
    hazardCode: '',
    killedTotal: 3,
    injuredTotal: 4,
    description: 'Engin déclenché au passage d’un convoi',
    reportedBy: 'Direction régionale de la protection civile',
    reportedOn: occurredOn,
    ...over,
  };
}

test('records an incident with the improvised-device rule shown live, lists, filters and deletes it', async ({
  app,
}) => {
  const mopti = await regionId(app, 'MOP');
  await api(app, 'hazards.create', {
    code: 'MOP-0101',
    name: 'Piste de Boni',
    regionId: mopti,
    lowerUnitId: null,
    locality: 'Boni',
    latitude: null,
    longitude: null,
    status: 'suspected',
    devices: [],
    estimatedAreaM2: 5000,
    recordedOn: '2024-01-10',
    source: 'Enquête non technique',
    notes: '',
  });

  await app.getByRole('link', { name: 'Incidents' }).click();
  await expect(app.getByRole('heading', { name: 'Incidents', exact: true })).toBeVisible();
  await expect(app.locator('.empty-state')).toHaveText(
    'Aucun incident enregistré pour l’instant.'.replace('’', "'"),
  );
  await screenshot(app, 'incidents-empty-fr');

  await app.getByRole('link', { name: 'Nouvel incident' }).click();
  await expect(app.getByRole('heading', { name: 'Nouvel incident' })).toBeVisible();
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.error-summary')).toBeFocused();
  await expect(app.locator('#incident-occurredOn-message')).toHaveText('Ce champ est obligatoire.');
  await expect(app.locator('#incident-reportedBy-message')).toHaveText('Ce champ est obligatoire.');

  await app.getByLabel("Date de l'incident").fill('12/05/2024');
  await app.getByLabel('Région').selectOption({ label: 'Mopti' });
  await app.getByLabel('Cercle').selectOption({ label: 'Douentza' });
  await app.getByLabel('Localité').fill('Boni');
  await app.getByLabel('Latitude (WGS84)').fill('15,05');
  await app.getByLabel('Longitude (WGS84)').fill('-1,85');

  // An improvised "anti-vehicle" mine: counted as declared while a vehicle sets it off...
  await app.getByLabel("Type d'engin déclaré").selectOption('AV_MINE_IMPROVISED');
  await expect(app.getByLabel('Mode de déclenchement')).toHaveValue('vehicle');
  await expect(app.locator('.incident-counted')).toHaveText('Compté comme : Mine antivéhicule improvisée');
  await expect(app.locator('.reclassification')).toHaveCount(0);
  // ... and as an improvised AP mine, with the reason, as soon as a person sets it off.
  await app.getByLabel('Mode de déclenchement').selectOption('person');
  await expect(app.locator('.incident-counted')).toHaveText('Compté comme : Mine antipersonnel improvisée');
  await expect(app.locator('.reclassification')).toContainText(
    'Enregistré comme mine antipersonnel improvisée',
  );

  await app.getByLabel('Cible').selectOption('civilian');
  await app.getByLabel('Tués').fill('1');
  await app.getByLabel('Blessés').fill('2');
  await app.getByLabel('Zone dangereuse (code)').fill('MOP-9999');
  await app.getByLabel('Signalé par').fill('Compagnie NEDEX, rapport du 14 mai');
  await app.getByLabel('Date du signalement').fill('14/05/2024');
  await app.getByLabel('Description').fill('Berger ayant déclenché un engin sur la piste');
  await screenshot(app, 'incident-form-fr');

  // The handler checks the area's code exists, and says so next to the field.
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('#incident-hazardCode-message')).toHaveText(
    'Aucune zone dangereuse du registre ne porte le code MOP-9999.',
  );
  await app.getByLabel('Zone dangereuse (code)').fill('MOP-0101');
  await app.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(app.getByRole('heading', { name: 'Incidents', exact: true })).toBeVisible();
  await expect(app.locator('.notice').first()).toContainText('Incident du 12/05/2024 enregistré.');
  const rows = app.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  const row = rows.first();
  await expect(row).toContainText('12/05/2024');
  await expect(row).toContainText('Boni, Douentza');
  await expect(row).toContainText('Mine antipersonnel improvisée');
  await expect(row).toContainText('Déclaré : Mine antivéhicule improvisée');
  await expect(row).toContainText('Enregistré comme mine antipersonnel improvisée');
  await expect(row).toContainText('Zone MOP-0101');
  await expect(row.locator('td').nth(3)).toHaveText('Oui');

  // Two more through the API: a command-detonated IED in Gao, a UXO in Ségou.
  await api(app, 'incidents.create', incident(await regionId(app, 'GAO'), '2023-03-01'));
  await api(
    app,
    'incidents.create',
    incident(await regionId(app, 'SEG'), '2024-07-09', {
      declaredCategory: 'UXO',
      activation: 'unknown',
      target: 'civilian',
      locality: 'Niono',
      killedTotal: 0,
      injuredTotal: 1,
    }),
  );
  await app.reload();
  await expect(rows).toHaveCount(3);
  await expect(app.locator('.table-summary')).toHaveText('3 incidents · 4 tués · 7 blessés');
  await screenshot(app, 'incidents-list-fr');

  await app.getByLabel('Déclenché par la victime').selectOption('yes');
  await expect(rows).toHaveCount(1);
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();
  await app.getByLabel('Engin (après la règle)').selectOption('family:other');
  await expect(rows).toHaveCount(2);
  await app.getByLabel('Année').selectOption('2024');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Niono');
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();
  await app.getByLabel('Rechercher').fill('protection civile');
  await expect(rows).toHaveCount(2);
  await app.getByLabel('Rechercher').fill('');
  // Sort by place: Gao, Mopti, Ségou.
  await app.getByRole('button', { name: /Lieu/ }).click();
  await expect(rows.first()).toContainText('Gao');
  await expect(rows.last()).toContainText('Ségou');

  // Edit: the form comes back as declared, with the rule's reason.
  await rows.filter({ hasText: 'Boni' }).getByRole('link', { name: 'Modifier' }).click();
  await expect(app.getByRole('heading', { name: 'Incident du 12/05/2024' })).toBeVisible();
  await expect(app.getByLabel("Type d'engin déclaré")).toHaveValue('AV_MINE_IMPROVISED');
  await expect(app.locator('.reclassification')).toBeVisible();
  await app.getByRole('link', { name: 'Annuler' }).click();

  // Delete asks first.
  await app
    .getByRole('button', { name: 'Supprimer l’incident du 01/03/2023 (Gao)'.replace('’', "'") })
    .click();
  const dialog = app.getByRole('dialog');
  await expect(dialog).toContainText("Supprimer l'incident du 01/03/2023 ?");
  await screenshot(app, 'incidents-delete-fr');
  await dialog.getByRole('button', { name: 'Supprimer' }).click();
  await expect(rows).toHaveCount(2);
  await expect(app.locator('.notice').last()).toContainText('Incident du 01/03/2023 supprimé.');

  await app.getByRole('button', { name: 'English' }).click();
  await expect(app.getByRole('heading', { name: 'Incidents', exact: true })).toBeVisible();
  await expect(rows.filter({ hasText: 'Boni' })).toContainText('Declared: Improvised anti-vehicle mine');
  await screenshot(app, 'incidents-list-en');
});

test('summarises incidents by region and year, keeps AP mines apart, and exports to Excel', async ({
  app,
}) => {
  const gao = await regionId(app, 'GAO');
  const mopti = await regionId(app, 'MOP');
  await api(app, 'incidents.create', incident(gao, '2022-03-01'));
  await api(app, 'incidents.create', incident(gao, '2024-03-01'));
  await api(
    app,
    'incidents.create',
    incident(mopti, '2024-05-12', {
      declaredCategory: 'AV_MINE_IMPROVISED',
      activation: 'person',
      target: 'civilian',
    }),
  );

  await app.getByRole('link', { name: 'Incidents' }).click();
  await app.getByRole('link', { name: 'Synthèse par région et par année' }).click();
  await expect(app.getByRole('heading', { name: 'Incidents par région et par année' })).toBeVisible();
  const table = app.locator('table.incident-summary');
  const cells = async (n: number) =>
    (await table.locator('tr').nth(n).locator('th, td').allTextContents()).map((s) => s.trim());
  expect(await cells(0)).toEqual(['Région', '2022', '2023', '2024', 'Total']);
  expect(await cells(1)).toEqual(['Gao', '1', '0', '1', '2']);
  expect(await cells(2)).toEqual(['Mopti', '0', '0', '1', '1']);
  expect(await cells(3)).toEqual(['Total', '1', '0', '2', '3']);
  await screenshot(app, 'incidents-summary-fr');

  // AP mines only: the victim-activated improvised AV mine counts, the command-detonated IEDs do not.
  await app.getByLabel('Engins').selectOption('apMine');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  expect(await cells(1)).toEqual(['Mopti', '1', '1']);

  // A count leads to its incidents.
  await table.locator('tbody tr').first().getByRole('link', { name: '1' }).click();
  await expect(app.getByRole('heading', { name: 'Incidents', exact: true })).toBeVisible();
  await expect(app.locator('tbody tr')).toHaveCount(1);
  await expect(app.getByLabel('Année')).toHaveValue('2024');
  await app.goBack();

  await app.getByLabel('Engins').selectOption('other');
  await app.getByLabel("De l'année").selectOption('2024');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await app.getByLabel("À l'année").selectOption('2022');
  await expect(app.locator('[role=alert]')).toContainText(
    "L'année de fin ne peut pas précéder l'année de début.",
  );
  await app.getByLabel("À l'année").selectOption('');
  await app.getByLabel("De l'année").selectOption('');
  await app.getByLabel('Engins').selectOption('apMine');
  await app.getByLabel("À l'année").selectOption('2022');
  await expect(app.locator('.empty-state')).toContainText('Aucun incident pour ce choix');
  await expect(app.getByRole('button', { name: 'Exporter (Excel)' })).toBeDisabled();
  await screenshot(app, 'incidents-summary-empty-fr');
  await app.getByLabel("À l'année").selectOption('');
  await app.getByLabel('Engins').selectOption('all');

  // Export in English while the screen stays French.
  await app.getByLabel('Langue du document').selectOption('en');
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Exporter (Excel)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^incidents-by-region-MLI-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(5).values).toEqual([undefined, 'Region', '2022', '2023', '2024', 'Total']);
  expect(sheet.getRow(6).values).toEqual([undefined, 'Gao', 1, 0, 1, 2]);
  expect(sheet.getRow(8).values).toEqual([undefined, 'Total', 1, 0, 2, 3]);
  await expect(app.locator('.notice').last()).toContainText('Fichier téléchargé');

  await app.getByRole('button', { name: 'English' }).click();
  await expect(app.getByRole('heading', { name: 'Incidents by region and year' })).toBeVisible();
  await screenshot(app, 'incidents-summary-en');
});

test('a summary over ten years and several regions adds up', async ({ app }) => {
  const regions = await Promise.all(['MOP', 'GAO', 'TOM', 'SEG', 'MEN', 'KID'].map((c) => regionId(app, c)));
  let made = 0;
  for (let year = 2017; year <= 2026; year += 1) {
    for (const [i, region] of regions.entries()) {
      // A different number of incidents per region and year, some of them victim-activated.
      for (let k = 0; k < (year + i) % 4; k += 1) {
        const day = `${year}-0${1 + ((i + k) % 9)}-1${k}`;
        await api(
          app,
          'incidents.create',
          incident(
            region,
            day,
            k % 2 ? { declaredCategory: 'AV_MINE_IMPROVISED', activation: 'person' } : {},
          ),
        );
        made += 1;
      }
    }
  }
  await app.getByRole('link', { name: 'Incidents' }).click();
  await app.getByRole('link', { name: 'Synthèse par région et par année' }).click();
  const table = app.locator('table.incident-summary');
  await expect(table.locator('tbody tr')).toHaveCount(6);
  const footer = (await table.locator('tfoot td').allTextContents()).map((s) => Number(s.replace(/\s/g, '')));
  expect(footer.at(-1)).toBe(made);
  expect(footer.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(made);
  await screenshot(app, 'incidents-summary-ten-years-fr');
});
