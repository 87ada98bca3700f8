import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './harness';

/** French and English group digits with a (narrow) no-break space; compare on plain spaces. */
const plain = (s: string | null) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');

async function dismissNotices(app: Page): Promise<void> {
  const close = app.locator('.notice-close');
  while ((await close.count()) > 0) await close.first().click();
}

test('records an accredited operator, then its capacity through the form, and shows the women’s share', async ({
  app,
}) => {
  // The operator, with its origin, accreditation and contact.
  await app.getByRole('link', { name: 'Opérateurs', exact: true }).first().click();
  await app.getByRole('link', { name: 'Nouvel opérateur' }).first().click();
  await app
    .getByRole('textbox', { name: 'Nom', exact: true })
    .fill('Association malienne pour la survie au Sahel');
  await app.getByLabel('Sigle').fill('AMSS');
  await app.getByLabel("Type d'opérateur").selectOption({ label: 'ONG nationale' });
  // A national NGO is national: the origin follows the kind.
  await expect(app.getByLabel('Origine')).toHaveValue('national');
  await app.getByLabel("Date d'accréditation").fill('12/02/2020');
  await app.getByLabel('Éducation au risque (EREE)').check();
  await app.getByLabel('Liaison communautaire et marquage').check();
  await app.getByLabel('Personne à contacter').fill('Fatoumata Diarra');
  await app.getByLabel('Téléphone').fill('+223 20 00 00 14');
  await app.getByLabel('Courriel').fill('contact.amss@example.org');
  await screenshot(app, 'operator-form-fr');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.notice').last()).toContainText(
    'Opérateur Association malienne pour la survie au Sahel enregistré.',
  );
  const row = app.locator('tbody tr', { hasText: 'AMSS' });
  await expect(row).toContainText('National');
  await expect(row).toContainText('Depuis le 12/02/2020');
  await expect(row).toContainText('Éducation au risque (EREE), Liaison communautaire et marquage');
  await expect(row).toContainText('Fatoumata Diarra');
  await app.getByLabel('Origine').selectOption({ label: 'International' });
  await expect(app.locator('.empty-state')).toHaveText('Aucun opérateur ne correspond à ces critères.');
  await dismissNotices(app);

  // Its capacity for 2024.
  await app.getByRole('link', { name: 'Capacités', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Capacités des opérateurs' })).toBeVisible();
  await expect(app.locator('.empty-state')).toContainText(
    "Aucune fiche de capacité n'est encore enregistrée.",
  );
  await app.getByRole('link', { name: 'Nouvelle fiche de capacité' }).click();
  await app
    .getByLabel('Opérateur')
    .selectOption({ label: 'AMSS — Association malienne pour la survie au Sahel' });
  await app.getByLabel('Année').fill('2024');
  await app.getByLabel('Éducation au risque (EREE) — Équipes').fill('3');
  await app.getByLabel('Éducation au risque (EREE) — Personnes').fill('9');
  await app.getByLabel('Liaison communautaire et marquage — Équipes').fill('1');
  await app.getByLabel('Liaison communautaire et marquage — Personnes').fill('2');
  await app.getByLabel('Véhicules').fill('2');
  await app.getByLabel('Personnel opérationnel — Femmes').fill('4');
  await app.getByLabel('Personnel opérationnel — Hommes').fill('8');
  await app.getByLabel('Personnel opérationnel — Total déclaré').fill('13');
  await app.getByLabel("Personnel d'encadrement — Femmes").fill('2');
  await app.getByLabel("Personnel d'encadrement — Hommes").fill('3');
  await app.getByLabel('Source des chiffres').fill('Rapport annuel AMSS 2024');
  await app.getByRole('button', { name: 'Enregistrer' }).click();

  // Parts that do not add up: refused, the message naming the field, next to it and in the summary.
  const total = app.getByLabel('Personnel opérationnel — Total déclaré');
  await expect(total).toHaveAttribute('aria-invalid', 'true');
  const message =
    'Personnel opérationnel : femmes, hommes et sexe inconnu font 12 personnes, pas 13 comme le total déclaré.';
  await expect(app.locator('#capacity-staff-operational-total-message')).toContainText(message);
  await expect(app.locator('.error-summary')).toContainText('Personnel opérationnel — Total déclaré');
  // The share of women as typed, before saving.
  await expect(
    app.locator('tr', { hasText: 'Personnel opérationnel' }).locator('.capacity-share'),
  ).toHaveText(/33,3\s%/);
  await screenshot(app, 'capacity-form-fr');
  await total.fill('12');
  await expect(total).toHaveAttribute('aria-invalid', 'false');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.notice').last()).toContainText('Capacité de AMSS — Association malienne');

  // The list: the record, the shares and the completeness of the staff's disaggregation.
  await expect(app.getByRole('heading', { name: 'Capacités des opérateurs' })).toBeVisible();
  const record = app.locator('tbody tr', { hasText: 'AMSS' });
  await expect(record).toHaveCount(1);
  await expect(record.locator('td').nth(2)).toHaveText('4');
  await expect(record.locator('td').nth(3)).toHaveText('11');
  expect(plain(await record.textContent())).toContain('33,3 %');
  expect(plain(await record.textContent())).toContain('40 %');
  await expect(app.locator('.capacity-completeness')).toHaveText(
    /Ventilation par sexe : 100\s% des personnes \(17 sur 17\)/,
  );
  await dismissNotices(app);
  await screenshot(app, 'capacity-list-fr');

  // The yearly view.
  await app.getByRole('link', { name: 'Capacité nationale par année' }).click();
  await expect(app.getByRole('heading', { name: 'Capacité nationale 2024' })).toBeVisible();
  const headline = app.locator('.capacity-headline');
  await expect(headline.locator('div', { hasText: 'Femmes (opérations)' }).locator('dd')).toHaveText(
    /33,3\s%/,
  );
  await expect(headline.locator('div', { hasText: 'Femmes (encadrement)' }).locator('dd')).toHaveText(
    /40\s%/,
  );
  const teams = app.locator('table', { hasText: 'Équipes et personnes par type' });
  await expect(teams.locator('tr', { hasText: 'Éducation au risque (EREE)' })).toContainText('39');
  await expect(teams.locator('tfoot td')).toHaveText(['4', '11']);
  await expect(app.locator('table', { hasText: 'Par opérateur' }).locator('tbody tr')).toHaveCount(1);
  await screenshot(app, 'capacity-year-fr');

  // An operator named by capacity cannot be deleted.
  await app.getByRole('link', { name: 'Opérateurs', exact: true }).first().click();
  await app
    .getByRole('button', { name: "Supprimer l'opérateur Association malienne pour la survie au Sahel" })
    .click();
  await app.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(app.locator('.notice').last()).toContainText(
    'a 1 fiche de capacité ; il ne peut pas être supprimé',
  );
});
