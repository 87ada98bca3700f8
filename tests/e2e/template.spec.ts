import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, screenshot, test } from './harness';

test('downloads the operator reporting template from the operators list', async ({ app }) => {
  await app.getByRole('link', { name: 'Opérateurs', exact: true }).first().click();
  const button = app.getByRole('button', { name: "Modèle de rapport d'opérateur" });
  await expect(button).toBeVisible();
  await screenshot(app, 'operators-template-button');
  const [download] = await Promise.all([app.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^modele-rapport-operateur-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toContain('Victimes');
  expect(workbook.getWorksheet('Listes')!.getColumn(1).values).toContain('Bandiagara');
  const marker = workbook.getWorksheet('balise')!;
  expect(marker.getCell('B1').value).toBe('operator-return');
  // The hidden list sheet holds the database's regions.
  expect(workbook.getWorksheet('Listes')!.getColumn(1).values).toContain('Mopti');
  await expect(app.locator('.notice').last()).toContainText('modele-rapport-operateur');
});
