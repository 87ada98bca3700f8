import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './harness';

const CURRENT_DEADLINE = 'Échéance actuelle (après prolongation)';
const AUTHORITY = 'Autorité nationale de lutte antimines';
const AUTHORITY_NAME = 'Commission nationale de lutte antimines du Mali';

async function openProfile(app: Page): Promise<void> {
  await app.getByRole('link', { name: 'Profil du pays' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Profil du pays' })).toBeVisible();
}

test.describe('country profile', () => {
  test("shows Mali's seeded profile and what its dates mean", async ({ app }) => {
    await openProfile(app);
    await expect(app.getByLabel('Code ISO du pays')).toHaveValue('MLI');
    await expect(app.getByLabel('Date de signature')).toHaveValue('03/12/1997');
    await expect(app.getByLabel('Échéance initiale (article 5)')).toHaveValue('01/03/2009');
    await expect(app.getByLabel(CURRENT_DEADLINE)).toHaveValue('');
    await expect(app.getByText('jj/mm/aaaa', { exact: true })).toBeVisible();
    const facts = app.locator('.profile-facts');
    await expect(facts).toContainText("L'échéance de l'article 5 est passée depuis le 01/03/2009.");
    await expect(facts).toContainText('Aucune prolongation ni nouvelle échéance');
    await expect(facts).toContainText('État partie depuis le 01/03/1999');
    await expect(facts).toContainText('Prochain rapport annuel au titre de l');
    await screenshot(app, 'profile-fr');
  });

  test('refuses a current deadline before the original one, then saves and keeps the fix', async ({
    app,
  }) => {
    await openProfile(app);
    const current = app.getByLabel(CURRENT_DEADLINE);
    await current.fill('01/03/2008');
    await app.getByRole('button', { name: 'Enregistrer' }).click();

    const message = "L'échéance actuelle ne peut pas précéder l'échéance initiale.";
    await expect(current).toHaveAttribute('aria-invalid', 'true');
    await expect(app.locator('#profile-currentDeadline-message')).toHaveText(message);
    const summary = app.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(`${CURRENT_DEADLINE} : ${message}`);
    await screenshot(app, 'profile-error-fr');

    // The summary's link leads to the field.
    await summary.getByRole('button', { name: `${CURRENT_DEADLINE} : ${message}` }).click();
    await expect(current).toBeFocused();

    await current.fill('01/03/2028');
    await app.getByLabel(AUTHORITY).fill(AUTHORITY_NAME);
    await app.getByLabel('Nom du point focal').fill('Aminata Traoré');
    await app.getByLabel('Courriel du point focal').fill('point.focal@example.ml');
    await app.getByRole('button', { name: 'Enregistrer' }).click();

    await expect(app.locator('.notice-area')).toContainText('Profil du pays enregistré.');
    await expect(summary).toBeHidden();
    await expect(current).toHaveAttribute('aria-invalid', 'false');
    await expect(app.locator('.profile-facts')).toContainText(
      "L'échéance prolongée de l'article 5 tombe le 01/03/2028",
    );
    await expect(app.locator('.profile-facts')).toContainText('Échéance initiale : 01/03/2009.');
    await screenshot(app, 'profile-saved-fr');

    await app.reload();
    await expect(app.getByRole('heading', { level: 1, name: 'Profil du pays' })).toBeVisible();
    await expect(app.getByLabel(CURRENT_DEADLINE)).toHaveValue('01/03/2028');
    await expect(app.getByLabel(AUTHORITY)).toHaveValue(AUTHORITY_NAME);
    await expect(app.getByLabel('Nom du point focal')).toHaveValue('Aminata Traoré');
  });

  test('explains unreadable dates and a bad country code in French', async ({ app }) => {
    await openProfile(app);
    await app.getByLabel("Date de ratification ou d'adhésion").fill('31/02/1998');
    await app.getByLabel('Code ISO du pays').fill('ML');
    await app.getByLabel('Courriel du point focal').fill('pas une adresse');
    await app.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(app.locator('#profile-ratifiedOn-message')).toHaveText(
      'Date invalide : utilisez le format jj/mm/aaaa.',
    );
    await expect(app.locator('#profile-iso3-message')).toContainText('trois lettres');
    await expect(app.locator('#profile-focalPoint-email-message')).toHaveText(
      'Adresse électronique invalide.',
    );
    await expect(app.locator('.error-summary')).toContainText('3 problèmes empêchent');

    // Cancelling brings back the saved profile and clears the messages.
    await app.getByRole('button', { name: 'Annuler' }).click();
    await expect(app.getByLabel('Code ISO du pays')).toHaveValue('MLI');
    await expect(app.locator('.error-summary')).toBeHidden();
  });

  test('reads in English after the language switch', async ({ app }) => {
    await openProfile(app);
    await app.getByRole('button', { name: 'English' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Country profile' })).toBeVisible();
    await expect(app.getByText('dd/mm/yyyy', { exact: true })).toBeVisible();
    await expect(app.locator('.profile-facts')).toContainText('The Article 5 deadline passed on 01/03/2009.');
    await expect(app.getByLabel('Original Article 5 deadline')).toHaveValue('01/03/2009');
    await screenshot(app, 'profile-en');
  });
});
