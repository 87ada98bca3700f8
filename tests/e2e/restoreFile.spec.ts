import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './harness';

type Call = (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>;

/** One area recorded through the page's own API; returns its id. */
async function createArea(page: Page): Promise<string> {
  const id = await page.evaluate(async () => {
    const api = (globalThis as unknown as { balise: Record<string, Record<string, Call>> }).balise;
    const units = (await api.adminUnits!.list!()).value as { id: string; code: string }[];
    const r = await api.hazards!.create!({
      code: 'MOP-0888',
      name: 'Champ de Sévaré',
      regionId: units.find((u) => u.code === 'MOP')?.id,
      lowerUnitId: null,
      locality: 'Sévaré',
      latitude: 14.53,
      longitude: -4.1,
      status: 'confirmed',
      devices: [],
      estimatedAreaM2: 5000,
      recordedOn: '2026-03-14',
      source: 'Enquête non technique',
      notes: '',
    });
    return r.ok ? (r.value as { area: { id: string } }).area.id : JSON.stringify(r.error);
  });
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

async function openSafety(page: Page) {
  await page.getByRole('link', { name: 'Sauvegardes et historique' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sauvegardes et historique' })).toBeVisible();
}

/** Chooses `file` through the button's system dialog (Playwright answers the file chooser). */
async function chooseFile(page: Page, file: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Restaurer depuis un fichier…' }).click(),
  ]);
  await chooser.setFiles(file);
}

test('restores from a file the user chooses, and refuses a file that is not Balise', async ({ app }) => {
  await openSafety(app);
  const backups = app.locator('.safety-backups');
  const areaId = await createArea(app);

  // A backup taken through the API, as a user would keep it on a USB stick.
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.evaluate(() =>
      (globalThis as unknown as { balise: Record<string, Record<string, Call>> }).balise.backups!.create!(),
    ),
  ]);
  const usbCopy = test.info().outputPath('balise-cle-usb.sqlite');
  await download.saveAs(usbCopy);
  expect(fs.readFileSync(usbCopy).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');

  // The area is deleted after the backup.
  const deleted = await app.evaluate(async (id) => {
    const api = (globalThis as unknown as { balise: Record<string, Record<string, Call>> }).balise;
    return (await api.hazards!.delete!({ id })).ok;
  }, areaId);
  expect(deleted).toBe(true);
  await app.goto(`${new URL(app.url()).origin}/#/areas`);
  await expect(app.getByRole('heading', { name: 'Registre des zones dangereuses' })).toBeVisible();
  await expect(app.locator('tbody tr', { hasText: 'MOP-0888' })).toHaveCount(0);

  // A file that is not a Balise database: refused with the message, nothing changed.
  await openSafety(app);
  const notes = test.info().outputPath('notes.txt');
  fs.writeFileSync(notes, 'Réunion du 14 mars : zones à revoir.\n');
  await chooseFile(app, notes);
  const dialog = app.getByRole('dialog');
  await expect(dialog).toContainText('Restaurer depuis le fichier « notes.txt » ?');
  await dialog.getByRole('button', { name: 'Restaurer' }).click();
  await expect(app.locator('.notice').last()).toContainText(
    "Le fichier notes.txt n'est pas une base de données Balise ; il n'a pas été modifié.",
  );
  await expect(dialog).toBeHidden();
  await screenshot(app, 'restore-file-refused');
  // No restore started: not even the backup taken before one.
  await expect(backups).not.toContainText('avant restauration');

  // The backup file: confirmed, restored, and the window starts again from the restored data.
  await app.evaluate(() => ((globalThis as unknown as { beforeReload?: boolean }).beforeReload = true));
  await chooseFile(app, usbCopy);
  await expect(dialog).toContainText('Restaurer depuis le fichier « balise-cle-usb.sqlite » ?');
  await expect(dialog).toContainText("Une sauvegarde de l'état actuel est prise d'abord");
  await expect(dialog).toContainText('la fenêtre se rechargera');
  await screenshot(app, 'restore-file-confirm');
  await dialog.getByRole('button', { name: 'Restaurer' }).click();

  // After the reload: the state before the restore was kept, and the area is back.
  await expect(backups).toContainText('avant restauration');
  expect(await app.evaluate(() => (globalThis as unknown as { beforeReload?: boolean }).beforeReload)).toBe(
    undefined,
  );
  await screenshot(app, 'restore-file-restored');
  await app.goto(`${new URL(app.url()).origin}/#/areas`);
  await expect(app.locator('tbody tr', { hasText: 'MOP-0888' })).toHaveCount(1);
});
