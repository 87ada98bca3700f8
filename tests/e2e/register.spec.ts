import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, loadCuratedRegister, screenshot, test } from './harness';

/** French and English group digits with a (narrow) no-break space or a comma; compare on plain spaces. */
const plain = (s: string | null) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');

test('creates an area in the French UI, lists it in French, switches to English and exports', async ({
  app,
}) => {
  await expect(app.getByRole('heading', { name: 'Registre des zones dangereuses' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Charger les données de démonstration' })).toBeVisible();
  await screenshot(app, 'register-empty-fr');

  await app.getByRole('link', { name: 'Nouvelle zone' }).first().click();
  await expect(app.getByRole('heading', { name: 'Nouvelle zone dangereuse' })).toBeVisible();

  // An empty form is refused with French messages next to the fields and a summary on top.
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  const summary = app.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("problèmes empêchent l'enregistrement");
  await expect(app.locator('#hazard-code-message')).toHaveText('Ce champ est obligatoire.');
  await expect(app.locator('#hazard-estimatedAreaM2-message')).toHaveText('Ce champ est obligatoire.');
  await screenshot(app, 'hazard-form-errors-fr');

  await app.getByLabel('Code').fill('MOP-0101');
  await app.getByLabel('Nom de la zone').fill('Champ au nord de Boni');
  await app.getByLabel('Région').selectOption({ label: 'Mopti' });
  await app.getByLabel('Cercle').selectOption({ label: 'Douentza' });
  await app.getByLabel('Localité').fill('Boni');
  await app.getByLabel('Latitude (WGS84)').fill('15,05');
  await app.getByLabel('Longitude (WGS84)').fill('-1,85');
  await app.getByLabel('Zone dangereuse confirmée (ZDC)').check();

  // An improvised "anti-vehicle" device that a person sets off is an improvised AP mine: said at once.
  await app.getByRole('button', { name: "Ajouter un type d'engin" }).click();
  await app.getByLabel('Catégorie déclarée').selectOption('AV_MINE_IMPROVISED');
  await expect(app.getByLabel('Mode de déclenchement')).toHaveValue('vehicle');
  await app.getByLabel('Mode de déclenchement').selectOption('person');
  await expect(app.locator('.reclassification')).toContainText(
    'Enregistré comme mine antipersonnel improvisée',
  );
  await app.getByLabel('Quantité estimée').fill('3');

  await app.getByLabel('Superficie estimée (m²)').fill('12 345');
  await app.getByLabel("Date d'enregistrement").fill('14/03/2026');
  await app.getByLabel("Source de l'information").fill('Rapport NEDEX, mars 2026');
  await screenshot(app, 'hazard-form-fr');
  await app.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(app.getByRole('heading', { name: 'Registre des zones dangereuses' })).toBeVisible();
  await expect(app.locator('.notice')).toContainText('Zone MOP-0101 enregistrée.');
  const row = app.locator('tbody tr', { hasText: 'MOP-0101' });
  await expect(row).toBeVisible();
  expect(plain(await row.locator('td.estimate').textContent())).toBe('12 345 m²');
  // No land release yet: all of the original estimate remains.
  expect(plain(await row.locator('td.remaining').textContent())).toBe('12 345 m²');
  await expect(row).toContainText('14/03/2026');
  await expect(row).toContainText('ZDC');
  await expect(row).toContainText('Mine antipersonnel improvisée');
  await expect(row).toContainText('Douentza');
  await screenshot(app, 'register-fr');

  // English, and the choice persists across a reload.
  await app.getByRole('button', { name: 'English' }).click();
  await expect(app.getByRole('heading', { name: 'Hazardous area register' })).toBeVisible();
  expect(await row.locator('td.estimate').textContent()).toBe('12,345\u00a0m²');
  await expect(row).toContainText('CHA');
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Hazardous area register' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  await screenshot(app, 'register-en');

  // Export in English: the downloaded workbook holds the area under English headers.
  await app.getByLabel('Document language').selectOption('en');
  const [xlsx] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Export (Excel)' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/^hazardous-area-register-MLI-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
  const cells: unknown[] = [];
  workbook.worksheets[0]!.eachRow((r) => cells.push(...(r.values as unknown[])));
  expect(cells).toContain('MOP-0101');
  expect(cells).toContain('Champ au nord de Boni');
  expect(cells).toContain(12345);
  expect(cells.map(String).join(' ')).toMatch(/Code/);
  await expect(app.locator('.notice').last()).toContainText('File downloaded');

  // And the Word summary in French, whatever the screen's language.
  await app.getByLabel('Document language').selectOption('fr');
  const [docx] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Summary (Word)' }).click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(/^registre-zones-dangereuses-MLI-.*\.docx$/);
  const zip = await JSZip.loadAsync(fs.readFileSync(await docx.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('Mopti');
  expect(plain(xml)).toContain('12 345');
});

test('the demo button fills the register and the other sections in one click', async ({ app }) => {
  await app.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(app.locator('.notice').first()).toContainText('60 zones de démonstration chargées');
  await expect(app.locator('.table-summary')).toContainText('60 zones');
  await expect(app.locator('tbody tr')).toHaveCount(50);
  await expect(app.locator('.pager')).toContainText('Lignes 1 à 50 sur 60');
  await app.locator('.notice-close').first().click();
  await screenshot(app, 'register-demo-fr');
  for (const section of ['Remise à disposition des terres', 'Incidents', 'Destructions hors zones']) {
    await app.getByRole('link', { name: section, exact: true }).click();
    await expect(app.locator('tbody tr').first(), section).toBeVisible();
  }
});

test('filters, searches, sorts, edits and deletes with confirmation', async ({ app }) => {
  await loadCuratedRegister(app);
  const rows = app.locator('tbody tr');
  expect(plain(await app.locator('.table-summary').textContent())).toContain('24 zones');

  await app.getByLabel('Région').selectOption({ label: 'Gao' });
  await expect(rows).toHaveCount(4);
  for (const code of await rows.locator('td:first-child').allTextContents()) expect(code).toMatch(/^GAO-/);
  await app.getByLabel('Statut').selectOption('confirmed');
  await expect(rows).toHaveCount(2);
  await screenshot(app, 'register-filtered-fr');
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(rows).toHaveCount(24);

  // Accent-blind search: "lere" finds "Léré".
  await app.getByLabel('Rechercher').fill('lere');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('TOM-0003');
  await app.getByLabel('Rechercher').fill('');
  await expect(rows).toHaveCount(24);

  // The improvised-device rule counts MEN-0002's victim-activated IED as an improvised AP mine.
  await app.getByLabel("Type d'engin").selectOption('AP_MINE_IMPROVISED');
  await expect(rows.filter({ hasText: 'MEN-0002' })).toHaveCount(1);
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();

  // Sort by area, largest first.
  await app.getByRole('button', { name: /Superficie estimée/ }).click();
  await app.getByRole('button', { name: /Superficie estimée/ }).click();
  await expect(rows.first()).toContainText('KID-0003');

  // Edit: the form comes back filled, the change shows in the list.
  await rows.filter({ hasText: 'KID-0003' }).getByRole('link', { name: 'Modifier' }).click();
  await expect(app.getByRole('heading', { name: 'Zone KID-0003' })).toBeVisible();
  await expect(app.getByLabel('Superficie estimée (m²)')).toHaveValue(/98\s000/);
  await app.getByLabel('Superficie estimée (m²)').fill('100000');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(rows.first()).toContainText('KID-0003');
  expect(plain(await rows.first().locator('td.estimate').textContent())).toBe('100 000 m²');

  // Delete asks first; cancelling keeps the area, confirming removes it.
  await app.getByRole('button', { name: 'Supprimer la zone KID-0003' }).click();
  const dialog = app.getByRole('dialog');
  await expect(dialog).toContainText('Supprimer la zone KID-0003 ?');
  await screenshot(app, 'register-delete-fr');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(rows).toHaveCount(24);
  await app.getByRole('button', { name: 'Supprimer la zone KID-0003' }).click();
  await dialog.getByRole('button', { name: 'Supprimer' }).click();
  await expect(rows).toHaveCount(23);
  await expect(app.locator('.notice').last()).toContainText('Zone KID-0003 supprimée.');
});

test('the handler refuses a code already used, and the form says so next to the field', async ({ app }) => {
  await loadCuratedRegister(app);
  await app.getByRole('link', { name: 'Nouvelle zone' }).click();
  await app.getByLabel('Code').fill('gao-0001');
  await app.getByLabel('Nom de la zone').fill('Doublon');
  await app.getByLabel('Région').selectOption({ label: 'Gao' });
  await app.getByLabel('Latitude (WGS84)').fill('-1,85');
  await app.getByLabel('Longitude (WGS84)').fill('15,05');
  await expect(app.locator('#hazard-latitude-message')).toContainText('hors du territoire du pays');
  await app.getByLabel('Superficie estimée (m²)').fill('500');
  await app.getByLabel("Source de l'information").fill('Enquête');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('#hazard-code-message')).toHaveText(
    'Le code gao-0001 est déjà utilisé par une autre zone.',
  );
  await expect(app.getByRole('heading', { name: 'Nouvelle zone dangereuse' })).toBeVisible();
  await screenshot(app, 'hazard-form-conflict-fr');
});
