import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './harness';

async function openUnits(app: Page): Promise<void> {
  await app.getByRole('link', { name: 'Unités administratives' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Unités administratives' })).toBeVisible();
}

const regionRow = (app: Page, name: string) =>
  app
    .locator('tr.unit-region')
    .filter({ has: app.locator('.unit-name', { hasText: new RegExp(`^${name}$`) }) });
const cercleRow = (app: Page, name: string) =>
  app
    .locator('tr.unit-cercle')
    .filter({ has: app.locator('.unit-name', { hasText: new RegExp(`^${name}$`) }) });

test.describe('administrative units', () => {
  test('lists the seeded regions alphabetically, with predecessors and cercles on demand', async ({
    app,
  }) => {
    await openUnits(app);
    await expect(app.locator('.page-header')).toContainText('20 régions et 64 cercles.');
    const names = await app.locator('tr.unit-region .unit-name').allTextContents();
    expect(names).toHaveLength(20);
    expect(names.slice(0, 3)).toEqual(['Bandiagara', 'Bougouni', 'Dioïla']);
    await expect(regionRow(app, 'Ménaka')).toContainText('issue de Gao');
    await expect(app.locator('tr.unit-cercle')).toHaveCount(0);

    await app.getByRole('button', { name: 'Déplier Gao' }).click();
    await expect(app.getByRole('button', { name: 'Replier Gao' })).toHaveAttribute('aria-expanded', 'true');
    await expect(cercleRow(app, 'Bourem')).toContainText('GAO-02');
    await screenshot(app, 'units-fr');

    await app.getByRole('button', { name: 'Tout déplier' }).click();
    await expect(app.locator('tr.unit-cercle')).toHaveCount(64);
    await app.getByRole('button', { name: 'Tout replier' }).click();
    await expect(app.locator('tr.unit-cercle')).toHaveCount(0);

    // Accent-blind search opens the regions it finds.
    await app.getByLabel('Rechercher').fill('kenieba');
    await expect(app.locator('tr.unit-region')).toHaveCount(1);
    await expect(cercleRow(app, 'Kéniéba')).toBeVisible();
    await expect(app.locator('.units-found')).toHaveText('1 région trouvée');
    await screenshot(app, 'units-search-fr');
  });

  test('adds a cercle to Gao, renames it and deletes it', async ({ app }) => {
    await openUnits(app);
    await app.getByRole('button', { name: 'Ajouter un cercle à Gao' }).click();
    const add = app.getByRole('dialog', { name: 'Ajouter un cercle à la région Gao' });
    await expect(add.getByLabel('Code')).toHaveValue('GAO-04');
    await expect(add.getByLabel('Région de rattachement').locator('option:checked')).toHaveText('Gao');
    await expect(add.getByLabel('Nom en français')).toBeFocused();
    await add.getByLabel('Nom en français').fill('Tessit');
    await expect(add.getByLabel('Nom en anglais')).toHaveValue('Tessit');
    await screenshot(app, 'units-add-cercle-fr');
    await add.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(add).toBeHidden();
    await expect(app.locator('.notice-area')).toContainText('Cercle « Tessit » ajouté.');
    await expect(cercleRow(app, 'Tessit')).toContainText('GAO-04');
    await expect(regionRow(app, 'Gao').locator('td.num').first()).toHaveText('4');

    await app.getByRole('button', { name: 'Modifier Tessit' }).click();
    const edit = app.getByRole('dialog', { name: 'Modifier le cercle Tessit' });
    await edit.getByLabel('Nom en français').fill('Tessit-Est');
    await edit.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(edit).toBeHidden();
    await expect(app.locator('.notice-area')).toContainText('Cercle « Tessit-Est » enregistré.');
    await expect(cercleRow(app, 'Tessit-Est')).toBeVisible();
    await expect(cercleRow(app, 'Tessit')).toHaveCount(0);

    await app.getByRole('button', { name: 'Supprimer Tessit-Est' }).click();
    const confirm = app.getByRole('dialog', { name: 'Supprimer le cercle Tessit-Est ?' });
    await expect(confirm).toContainText('Le cercle Tessit-Est (GAO-04) sera retiré');
    await expect(confirm.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await screenshot(app, 'units-confirm-delete-fr');
    await confirm.getByRole('button', { name: 'Supprimer' }).click();
    await expect(confirm).toBeHidden();
    await expect(app.locator('.notice-area')).toContainText('Cercle « Tessit-Est » supprimé.');
    await expect(cercleRow(app, 'Tessit-Est')).toHaveCount(0);
    await expect(regionRow(app, 'Gao').locator('td.num').first()).toHaveText('3');
  });

  test('refuses to delete a region that has cercles, in French', async ({ app }) => {
    await openUnits(app);
    await app.getByRole('button', { name: 'Supprimer Gao' }).click();
    const confirm = app.getByRole('dialog', { name: 'Supprimer la région Gao ?' });
    await confirm.getByRole('button', { name: 'Supprimer' }).click();
    await expect(confirm).toBeHidden();
    const refusal = app.locator('.notice-error');
    await expect(refusal).toContainText("La région « Gao » n'a pas été supprimée.");
    await expect(refusal).toContainText(
      "Cette région contient des cercles ; supprimez-les ou déplacez-les d'abord.",
    );
    await expect(regionRow(app, 'Gao')).toBeVisible();
    await screenshot(app, 'units-delete-refused-fr');
  });

  test('adds a region carved from another, and explains refusals next to the fields', async ({ app }) => {
    await openUnits(app);
    await app.getByRole('button', { name: 'Ajouter une région' }).click();
    const add = app.getByRole('dialog', { name: 'Ajouter une région' });
    await add.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(add.locator('#unit-code-message')).toHaveText('Ce champ est obligatoire.');
    await expect(add.locator('#unit-nameFr-message')).toHaveText('Ce champ est obligatoire.');

    // A code already used: refused by the handler, shown next to the code.
    await add.getByLabel('Code').fill('gao');
    await add.getByLabel('Nom en français').fill('Tessalit');
    await add.getByLabel("Unité d'origine (avant la réforme)").selectOption({ label: 'Kidal' });
    await add.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(add.locator('#unit-code-message')).toHaveText('Le code gao est déjà utilisé.');
    await screenshot(app, 'units-region-error-fr');

    await add.getByLabel('Code').fill('TSL');
    await add.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(add).toBeHidden();
    await expect(app.locator('.notice-area')).toContainText('Région « Tessalit » ajoutée.');
    await expect(regionRow(app, 'Tessalit')).toContainText('issue de Kidal');
  });

  test('reads in English after the language switch', async ({ app }) => {
    await openUnits(app);
    await app.getByRole('button', { name: 'English' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Administrative units' })).toBeVisible();
    await expect(app.locator('.page-header')).toContainText('20 regions and 64 cercles.');
    await expect(regionRow(app, 'Timbuktu')).toBeVisible();
    await expect(regionRow(app, 'Taoudénit')).toContainText('carved from Timbuktu');
    await app.getByRole('button', { name: 'Expand Timbuktu' }).click();
    await expect(cercleRow(app, 'Gourma-Rharous')).toBeVisible();
    await screenshot(app, 'units-en');
    await app.getByRole('button', { name: 'Edit Timbuktu' }).click();
    await expect(app.getByRole('dialog', { name: 'Edit region Timbuktu' })).toBeVisible();
    await screenshot(app, 'units-edit-region-en');
  });
});
