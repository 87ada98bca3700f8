import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, loadCuratedRegister, screenshot, test } from './harness';

/*
 * The Reports screen in French: prepare the 2024 report, see a check, fix nothing, export the
 * workbook and open the download again, then submit it (confirmation) and find it frozen.
 */
test('prepare, check, export and submit the 2024 Article 7 report', async ({ app }) => {
  await loadCuratedRegister(app);
  await app.getByRole('link', { name: 'Rapport article 7' }).click();
  await expect(app.getByRole('heading', { name: "Rapports au titre de l'article 7" })).toBeVisible();
  await expect(app.getByText('Aucun rapport pour l')).toBeVisible();

  await app.getByRole('textbox', { name: 'Année' }).fill('2024');
  await app.getByRole('button', { name: 'Préparer le rapport' }).click();
  await expect(app.getByRole('heading', { name: /Rapport 2024 — version 1/ })).toBeVisible();
  await expect(app.getByText('Période couverte : du 01/01/2024 au 31/12/2024')).toBeVisible();
  // The contact starts from the country profile's focal point.
  await expect(app.getByLabel('Organisation')).toHaveValue(/SP-CNLPAL/);
  await screenshot(app, 'report-fr');
  // What is typed and not yet saved survives a look at another tab (the checks still see the
  // saved report: the name is missing there).
  await app
    .getByRole('group', { name: /Point de contact/ })
    .getByLabel('Nom')
    .fill('Aminata Traoré');
  await app.getByRole('link', { name: 'Aperçu des formules' }).click();
  await app.getByRole('link', { name: 'Champs rédigés' }).click();
  await expect(app.getByRole('group', { name: /Point de contact/ }).getByLabel('Nom')).toHaveValue(
    'Aminata Traoré',
  );

  // The checks: the focal point has no name, and the link opens the report's own fields.
  await app.getByRole('link', { name: 'Contrôles' }).click();
  const contact = app.locator('.finding', { hasText: 'Point de contact incomplet : le nom manque.' });
  await expect(contact).toBeVisible();
  await expect(contact.locator('.finding-severity')).toHaveText('Erreur');
  await expect(contact.getByRole('link', { name: 'Compléter le point de contact' })).toBeVisible();
  await expect(
    app.getByText(/constats?, dont \d+ erreurs?\. Le rapport peut être exporté malgré tout\./),
  ).toBeVisible();
  await screenshot(app, 'report-checks-fr');

  // The preview shows the remaining contamination from the register, numbers in French.
  await app.getByRole('link', { name: 'Aperçu des formules' }).click();
  const formC = app.locator('#form-C');
  await expect(
    formC.getByRole('heading', { name: 'Formule C — Localisation des zones minées' }),
  ).toBeVisible();
  await expect(formC.locator('caption', { hasText: 'Contamination restante au 31/12/2024' })).toBeVisible();
  await expect(formC.locator('tfoot').first()).toContainText(/\d\u202f\d{3}/);
  await screenshot(app, 'report-preview-fr');

  // No report was sent before: every form counts as changed.
  await app.getByRole('link', { name: 'Changements' }).click();
  await expect(app.getByText('Premier rapport enregistré dans Balise')).toBeVisible();
  await expect(app.locator('.report-changes tbody tr')).toHaveCount(10);

  // Export the workbook without fixing anything, and open the download again.
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Exporter', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rapport-article7-MLI-2024-v1.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  expect(workbook.worksheets.length).toBeGreaterThanOrEqual(11);
  const text: string[] = [];
  workbook.worksheets.forEach((s) =>
    s.eachRow((r) => text.push((r.values as unknown[]).map(String).join(' '))),
  );
  expect(text.join('\n')).toContain('MOP-');
  await expect(app.locator('.notice').last()).toContainText('Fichier téléchargé');

  // Submit, after the confirmation; the report is then frozen and offers a new version.
  await app.getByRole('button', { name: 'Marquer comme envoyé' }).click();
  const dialog = app.getByRole('dialog', { name: 'Marquer ce rapport comme envoyé ?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Marquer comme envoyé' }).click();
  await expect(app.locator('.report-badge')).toHaveText('Envoyé');
  await expect(app.getByRole('button', { name: 'Créer une nouvelle version' })).toBeVisible();
  await app.getByRole('link', { name: 'Champs rédigés' }).click();
  await expect(app.getByLabel('Organisation')).toBeDisabled();

  await app.getByRole('link', { name: '← Tous les rapports' }).click();
  const row = app.locator('.reports-table tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('2024 (01/01/2024 – 31/12/2024)');
  await expect(row).toContainText('Envoyé');
  await screenshot(app, 'reports-list-fr');
});
