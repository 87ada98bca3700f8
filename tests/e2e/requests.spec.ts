import fs from 'node:fs';
import JSZip from 'jszip';
import { expect, loadCuratedRegister, screenshot, test } from './harness';

/*
 * The extension request screen in French: create a request, write a section with bold and a
 * list, mark it complete, export the Word draft and open the download again.
 */
test('draft an Article 5 extension request and export the Word file', async ({ app }) => {
  await loadCuratedRegister(app);
  await app.getByRole('link', { name: 'Demande de prolongation (article 5)' }).click();
  await expect(app.getByRole('heading', { name: 'Demandes de prolongation (article 5)' })).toBeVisible();
  await expect(app.getByText('Aucune demande pour l')).toBeVisible();

  const field = (name: string) => app.getByRole('textbox', { name, exact: true });
  await field('Titre').fill('Demande de nouveau délai 2027');
  await field('Délai demandé').fill('01/03/2027');
  await field('Période couverte : du').fill('01/01/2023');
  await field('Période couverte : au').fill('31/12/2024');
  await app.getByRole('button', { name: 'Créer la demande' }).click();
  await expect(app.getByRole('heading', { name: 'Demande de nouveau délai 2027' })).toBeVisible();
  await expect(app.getByRole('heading', { name: '0. Résumé analytique' })).toBeVisible();

  // Section 10, written by staff: a bold word, then a bulleted list.
  const nav = app.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('link', { name: /10\. Circonstances qui empêchent/ }).click();
  await expect(app.getByRole('heading', { name: /^10\. Circonstances/ })).toBeVisible();
  await expect(app.getByText('Insécurité et accès, financement, nouvelle contamination.')).toBeVisible();
  const surface = app.getByRole('textbox', { name: 'Texte de la section' });
  await surface.click();
  await app.getByRole('button', { name: 'Gras' }).click();
  await app.keyboard.type('Insécurité');
  await app.getByRole('button', { name: 'Gras' }).click();
  await app.keyboard.type(' dans le centre du pays.');
  await app.keyboard.press('Enter');
  await app.getByRole('button', { name: 'Liste à puces' }).click();
  await app.keyboard.type('Accès limité aux zones');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Financement insuffisant');
  await app.getByLabel('Section terminée').check();
  await app.getByRole('button', { name: 'Enregistrer la section' }).click();
  await expect(app.locator('.notice').last()).toContainText('Section enregistrée.');
  await expect(nav.getByRole('link', { name: /10\. Circonstances/ })).toContainText('Terminée');
  await screenshot(app, 'request-section-fr');

  // Re-opened, the section shows what was saved.
  await nav.getByRole('link', { name: /1\. Origine des défis/ }).click();
  await nav.getByRole('link', { name: /10\. Circonstances/ }).click();
  await expect(surface.locator('b')).toHaveText('Insécurité');
  await expect(surface.locator('li')).toHaveText(['Accès limité aux zones', 'Financement insuffisant']);

  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Exporter le projet Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('demande-article5-MLI-v1.docx');
  const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('Circonstances qui empêchent de respecter le délai');
  expect(xml).toMatch(/<w:b\/>.*?<w:t[^>]*>Insécurité<\/w:t>/s);
  expect(xml).toContain('Financement insuffisant');
  expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).length).toBe(4);
  await expect(app.locator('.notice').last()).toContainText('Fichier téléchargé');
});
