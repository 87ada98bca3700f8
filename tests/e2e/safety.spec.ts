import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './harness';

/** French and English group digits with a (narrow) no-break space; compare on plain spaces. */
const plain = (s: string | null) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');

/** One area recorded through the page's own API (the form is covered by register.spec.ts). */
async function createArea(page: Page): Promise<string> {
  const id = await page.evaluate(async () => {
    type Call = (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
    const api = (globalThis as unknown as { balise: Record<string, Record<string, Call>> }).balise;
    const units = (await api.adminUnits!.list!()).value as { id: string; code: string }[];
    const r = await api.hazards!.create!({
      code: 'MOP-0777',
      name: 'Champ de Boni',
      regionId: units.find((u) => u.code === 'MOP')?.id,
      lowerUnitId: null,
      locality: 'Boni',
      latitude: 15.05,
      longitude: -1.85,
      status: 'confirmed',
      devices: [],
      estimatedAreaM2: 12345,
      recordedOn: '2026-03-14',
      source: 'Enquête non technique',
      notes: '',
    });
    return r.ok ? (r.value as { area: { id: string } }).area.id : JSON.stringify(r.error);
  });
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

/** Notices stack bottom right, over the tables: closed before a screenshot shows what is under them. */
async function dismissNotices(page: Page) {
  const close = page.locator('.notice-close');
  // Success notices also fade by themselves: one may go between the count and the click.
  while ((await close.count()) > 0)
    await close
      .first()
      .click({ timeout: 1000 })
      .catch(() => undefined);
  await expect(page.locator('.notice')).toHaveCount(0);
}

async function openSafety(page: Page) {
  await page.getByRole('link', { name: 'Sauvegardes et historique' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sauvegardes et historique' })).toBeVisible();
}

test('records who changed what, restores a deleted area from the history, backs up and restores', async ({
  app,
}) => {
  await openSafety(app);
  const backups = app.locator('.safety-backups');
  const history = app.locator('.safety-history');
  await expect(backups).toContainText("Aucune sauvegarde pour l'instant.");
  await expect(history).toContainText('Aucune modification enregistrée.');
  await screenshot(app, 'safety-empty');

  // The name recorded with every change from now on.
  const nameField = app.getByLabel("Nom enregistré dans l'historique");
  await expect(nameField).toHaveValue('');
  await nameField.fill('Aminata Traoré');
  await app.locator('.safety-user').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.notice').last()).toContainText('« Aminata Traoré »');

  // Created through the API, edited through the form.
  const areaId = await createArea(app);
  await app.goto(`${new URL(app.url()).origin}/#/areas/${areaId}`);
  await expect(app.getByRole('heading', { name: 'Zone MOP-0777' })).toBeVisible();
  await app.getByLabel('Superficie estimée (m²)').fill('15000');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.getByRole('heading', { name: 'Registre des zones dangereuses' })).toBeVisible();

  // The area's own history, collapsed under its form: the edit first, then the creation.
  await app.locator('tbody tr', { hasText: 'MOP-0777' }).getByRole('link', { name: 'Modifier' }).click();
  const own = app.locator('.safety-record-history');
  await expect(own.locator('summary')).toContainText('Historique de la fiche');
  await expect(own.locator('summary')).toContainText('2 modifications');
  await expect(own.locator('tbody')).toBeHidden();
  await own.locator('summary').click();
  const ownRows = own.locator('tbody tr');
  await expect(ownRows).toHaveCount(2);
  await expect(ownRows.nth(0)).toContainText('Aminata Traoré');
  await expect(ownRows.nth(0)).toContainText('Modification');
  // One save is one line, with the figure derived from the edited one (what remains to release).
  const edited = ownRows.nth(0).locator('.safety-changes li');
  await expect(edited).toHaveCount(2);
  expect(plain(await edited.nth(0).textContent())).toBe('estimated_area_m2 : 12 345 → 15 000');
  expect(plain(await edited.nth(1).textContent())).toBe('remaining_m2 : 12 345 → 15 000');
  await expect(ownRows.nth(1)).toContainText('Création');
  await expect(ownRows.nth(1).locator('.safety-changes')).toContainText('code : MOP-0777');
  // A creation lists many fields: three, then "+N" for the rest.
  const more = ownRows.nth(1).getByRole('button', { name: /^Afficher les \d+ autres champs$/ });
  await expect(more).toHaveText(/^\+\d+$/);
  await expect(ownRows.nth(1).locator('.safety-changes li')).toHaveCount(3);
  await own.scrollIntoViewIfNeeded();
  await dismissNotices(app);
  await screenshot(app, 'safety-record-history');

  // Deleted from the register, then taken back from the global history.
  await app.goto(`${new URL(app.url()).origin}/#/areas`);
  await app.getByRole('button', { name: 'Supprimer la zone MOP-0777' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(app.locator('tbody tr', { hasText: 'MOP-0777' })).toHaveCount(0);

  await openSafety(app);
  await app.getByLabel('Type de fiche').selectOption({ label: 'Zone dangereuse' });
  await app.getByLabel('Utilisateur').fill('Aminata Traoré');
  const lines = history.locator('tbody tr');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toContainText('Suppression');
  await expect(lines.nth(0)).toContainText('Zone dangereuse');
  // A delete is a soft delete: the time it happened is the new value of deleted_at.
  expect(plain(await lines.nth(0).locator('.safety-changes').textContent())).toMatch(
    /^deleted_at : — → \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
  );
  await expect(lines.nth(1)).toContainText('estimated_area_m2');
  await expect(lines.nth(2)).toContainText('Création');
  // Only the delete can be taken back.
  await expect(history.getByRole('button', { name: /^Rétablir la fiche/ })).toHaveCount(1);
  await dismissNotices(app);
  await screenshot(app, 'safety-history-filtered');

  await lines.nth(0).getByRole('button', { name: 'Rétablir' }).click();
  const dialog = app.getByRole('dialog');
  await expect(dialog).toContainText('Rétablir cette fiche ?');
  await expect(dialog).toContainText('par Aminata Traoré');
  await screenshot(app, 'safety-history-restore-confirm');
  await dialog.getByRole('button', { name: 'Rétablir' }).click();
  await expect(app.locator('.notice').last()).toContainText('Fiche rétablie.');
  await expect(lines).toHaveCount(4);
  await expect(lines.nth(0)).toContainText('Rétablissement');
  expect(plain(await lines.nth(0).locator('.safety-changes').textContent())).toMatch(
    /^deleted_at : \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} → —$/,
  );
  await expect(history.getByRole('button', { name: /^Rétablir la fiche/ })).toHaveCount(0);

  // Another user's name finds nothing.
  await app.getByLabel('Utilisateur').fill('Moussa Diarra');
  await expect(history).toContainText('Aucune modification ne correspond à ces filtres.');
  await history.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(lines).toHaveCount(4);

  // "Sauvegarder maintenant": a verified SQLite file is downloaded and listed.
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    backups.getByRole('button', { name: 'Sauvegarder maintenant' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^balise-sauvegarde-\d{4}-\d{2}-\d{2}\.sqlite$/);
  const saved = await download.path();
  expect(fs.readFileSync(saved).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
  const backupRows = backups.locator('tbody tr');
  await expect(backupRows).toHaveCount(1);
  await expect(backupRows.nth(0)).toContainText('manuelle');
  // Only the kinds of record it holds: one area, nothing else yet.
  await expect(backupRows.nth(0).locator('.safety-counts')).toHaveText('1 zone dangereuse');
  await expect(backupRows.nth(0).locator('td.num')).toHaveText(/^\d+ Ko$/);
  await dismissNotices(app);
  await screenshot(app, 'safety-backup-taken');

  // The area is deleted again, then the backup (taken while it existed) is restored.
  await app.goto(`${new URL(app.url()).origin}/#/areas`);
  await app.getByRole('button', { name: 'Supprimer la zone MOP-0777' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(app.locator('tbody tr', { hasText: 'MOP-0777' })).toHaveCount(0);
  await openSafety(app);
  await backupRows.nth(0).getByRole('button', { name: 'Restaurer' }).click();
  await expect(dialog).toContainText("Une sauvegarde de l'état actuel est prise d'abord");
  await expect(dialog).toContainText('la fenêtre se rechargera');
  await screenshot(app, 'safety-restore-confirm');
  await dialog.getByRole('button', { name: 'Restaurer' }).click();

  // After the reload: the state before the restore was kept, and the area is back.
  await expect(backupRows).toHaveCount(2);
  await expect(backups).toContainText('avant restauration');
  await dismissNotices(app);
  await screenshot(app, 'safety-restored');
  await app.goto(`${new URL(app.url()).origin}/#/areas`);
  await expect(app.locator('tbody tr', { hasText: 'MOP-0777' })).toHaveCount(1);
});

test('the page reads in English', async ({ app }) => {
  await app.getByRole('button', { name: 'English' }).click();
  await app.getByRole('link', { name: 'Backups and history' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Backups and history' })).toBeVisible();
  await expect(app.getByText('Recorded in the history with every change; no password.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Back up now' })).toBeVisible();
  await expect(app.getByLabel('Record type').locator('option', { hasText: 'Hazardous area' })).toHaveCount(1);
  await screenshot(app, 'safety-en');
});
