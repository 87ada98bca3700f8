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

/** The texts of a table row's cells, trimmed. */
async function rowTexts(page: Page, table: string, n: number): Promise<string[]> {
  const cells = page.locator(table).locator('tr').nth(n).locator('th, td');
  return (await cells.allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
}

test('records casualties one by one and as counts, and counts them by sex and age in the year', async ({
  app,
}) => {
  const mopti = await regionId(app, 'MOP');
  // A person set off an improvised "anti-vehicle" mine: the incident counts it as an AP mine.
  await api(app, 'incidents.create', {
    occurredOn: '2024-05-12',
    regionId: mopti,
    lowerUnitId: null,
    locality: 'Boni',
    latitude: null,
    longitude: null,
    declaredCategory: 'AV_MINE_IMPROVISED',
    activation: 'person',
    target: 'civilian',
    hazardCode: '',
    killedTotal: 1,
    injuredTotal: 2,
    description: 'Engin déclenché sur la piste',
    reportedBy: 'Protection civile',
    reportedOn: '2024-05-14',
  });

  await app.getByRole('link', { name: 'Victimes', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Victimes', exact: true })).toBeVisible();
  await expect(app.locator('.empty-state')).toHaveText("Aucune victime enregistrée pour l'instant.");

  // A person, through the form: picking the incident copies its date, place and device.
  await app.getByRole('link', { name: 'Nouvelle fiche de victime' }).click();
  await expect(app.getByRole('heading', { name: 'Nouvelle fiche de victime' })).toBeVisible();
  await app.getByLabel("Date de l'accident").fill('12/05/2024');
  await app.getByLabel('Région').selectOption({ label: 'Mopti' });
  await expect(app.locator('#casualty-incidentId-hint')).toContainText('1 incident dans cette région');
  await app.getByLabel('Incident lié').selectOption({ index: 1 });
  await expect(app.getByLabel('Localité')).toHaveValue('Boni');
  await expect(app.getByLabel("Type d'engin déclaré")).toHaveValue('AV_MINE_IMPROVISED');
  await expect(app.locator('.casualty-counted')).toHaveText('Compté comme : Mine antipersonnel improvisée');
  await expect(app.locator('.reclassification')).toContainText(
    'Enregistré comme mine antipersonnel improvisée',
  );
  await expect(app.getByLabel('Civil ou non')).toHaveValue('civilian');

  await app.getByLabel('Blessé', { exact: true }).check();
  await app.getByLabel('Femme / fille').check();
  await app.getByLabel('Âge (en années)').fill('30');
  await app.getByLabel("Tranche d'âge").selectOption('12-17');
  await app.getByLabel("Activité au moment de l'accident").selectOption('collectingWoodOrWater');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  // The age does not fit the band: said next to the age, and the source is missing.
  await expect(app.locator('.error-summary')).toBeFocused();
  await expect(app.locator('#casualty-age-message')).toHaveText(
    "Cet âge n'est pas dans la tranche d'âge choisie.",
  );
  await expect(app.locator('#casualty-source-message')).toHaveText('Ce champ est obligatoire.');
  await screenshot(app, 'casualty-form-fr');
  await app.getByLabel("Tranche d'âge").selectOption('25-59');
  await app
    .getByRole('textbox', { name: 'Source', exact: true })
    .fill('Hôpital de Sévaré, registre des urgences');
  await expect(app.locator('#casualty-age-message')).toHaveCount(0);
  await app.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(app.getByRole('heading', { name: 'Victimes', exact: true })).toBeVisible();
  await expect(app.locator('.notice').first()).toContainText('Fiche de victime du 12/05/2024 enregistrée.');
  const rows = app.locator('table.casualty-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Femme30 ans');
  await expect(rows.first()).toContainText('Boni');
  await expect(rows.first()).toContainText('Mine antipersonnel improvisée');
  await expect(rows.first()).toContainText('12/05/2024');

  // A second person of unknown sex and age: kept, counted, and the completeness drops to half.
  await api(app, 'casualties.createPerson', {
    incidentId: null,
    occurredOn: '2024-08-02',
    regionId: await regionId(app, 'GAO'),
    lowerUnitId: null,
    locality: 'Ansongo',
    declaredCategory: 'IED_OTHER',
    activation: 'command',
    activity: 'travelling',
    outcome: 'killed',
    sex: 'unknown',
    age: null,
    ageBand: 'unknown',
    civilianStatus: 'civilian',
    disability: 'unknown',
    source: 'Mairie de la commune',
    notes: '',
  });
  await app.reload();
  await expect(rows).toHaveCount(2);
  await expect(app.locator('.table-summary')).toHaveText('2 victimes · 1 tué · 1 blessé');
  await expect(app.locator('.casualty-completeness')).toHaveText(
    'Ventilation par sexe et âge : 50 % des personnes (1 sur 2)',
  );
  await expect(rows.filter({ hasText: 'Ansongo' })).toContainText('Sexe et âge inconnus');
  await app.getByLabel('Sexe').selectOption('unknown');
  await expect(rows).toHaveCount(1);
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(rows).toHaveCount(2);
  await screenshot(app, 'casualties-list-fr');

  // An aggregate entry whose total does not match its cells is refused on the total.
  await app.getByRole('link', { name: 'Saisies agrégées' }).click();
  await app.getByRole('link', { name: 'Nouvelle saisie agrégée' }).click();
  await app.getByLabel('Période').fill('03/2024');
  await app.getByLabel('Région').selectOption({ label: 'Ségou' });
  await app.getByLabel('Civils ou non').selectOption('civilian');
  await app.getByLabel('Blessés', { exact: true }).check();
  await app.getByLabel("Type d'engin déclaré").selectOption('UXO');
  await app.getByLabel('Femme / fille, Enfant (moins de 18 ans)').fill('2');
  await app.getByLabel('Homme / garçon, Adulte').fill('3');
  await app.getByLabel('Sexe inconnu, Âge inconnu').fill('1');
  await expect(app.getByTestId('cells-sum')).toHaveText('6');
  await app.getByRole('textbox', { name: 'Total', exact: true }).fill('7');
  await app
    .getByRole('textbox', { name: 'Source', exact: true })
    .fill('Direction régionale de la santé, rapport T1');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('#aggregate-counts-total-message')).toHaveText(
    "Le total (7) n'est pas égal à la somme des cases par sexe et âge (6) : corrigez le total ou la ventilation.",
  );
  await screenshot(app, 'casualty-aggregate-form-fr');
  await app.getByRole('textbox', { name: 'Total', exact: true }).fill('6');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.notice').first()).toContainText('Saisie agrégée (03/2024) enregistrée.');
  const aggregates = app.locator('table.casualty-aggregates tbody tr');
  await expect(aggregates).toHaveCount(1);
  expect(await rowTexts(app, 'table.casualty-aggregates', 1)).toEqual(
    expect.arrayContaining(['03/2024', 'Ségou', 'Blessés', 'Civils', '2', '0', '0', '3', '1', '6']),
  );
  await expect(app.locator('.casualty-completeness')).toHaveText(
    'Ventilation par sexe et âge : 83,3 % des personnes (5 sur 6)',
  );

  // The year: two persons and six people counted, unknowns as their own row and column.
  await app.getByRole('link', { name: 'Bilan annuel' }).click();
  await app.reload(); // lets the save notice go, which would cover the tables in the screenshot
  await expect(app.getByRole('heading', { name: 'Victimes en 2024' })).toBeVisible();
  await expect(app.locator('.casualty-figures li').first()).toHaveText('8victimes');
  await expect(app.locator('.casualty-completeness')).toHaveText(
    'Ventilation par sexe et âge : 75 % des personnes (6 sur 8)',
  );
  const table = 'table.casualty-sex-age';
  // Columns: killed child / adult / unknown / total, injured child / adult / unknown / total, all.
  expect(await rowTexts(app, table, 2)).toEqual([
    'Femmes et filles',
    '0',
    '0',
    '0',
    '0',
    '2',
    '1',
    '0',
    '3',
    '3',
  ]);
  expect(await rowTexts(app, table, 3)).toEqual([
    'Hommes et garçons',
    '0',
    '0',
    '0',
    '0',
    '0',
    '3',
    '0',
    '3',
    '3',
  ]);
  expect(await rowTexts(app, table, 4)).toEqual([
    'Sexe inconnu',
    '0',
    '0',
    '1',
    '1',
    '0',
    '0',
    '1',
    '1',
    '2',
  ]);
  expect(await rowTexts(app, table, 5)).toEqual(['Total', '0', '0', '1', '1', '2', '4', '1', '7', '8']);
  await expect(app.locator('table.casualty-year').nth(1)).toContainText('Civils');
  await screenshot(app, 'casualties-year-fr');
});
