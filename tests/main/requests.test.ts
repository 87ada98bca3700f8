import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestSummary, RequestVersion } from '../../shared/api/contracts/requests';
import type { WrittenSection } from '../../shared/domain/article5';
import { testStore } from '../helpers/store';
import { fillArticle7Fixture } from './article7.fixture';
import { ok } from './landRelease.fixture';

/*
 * Extension requests through the handlers: a request and its first draft, written sections,
 * several drafts, submission (frozen with its model's snapshot), a new version copying sections.
 */

let t: ReturnType<typeof testStore>;
beforeEach(() => {
  t = testStore();
});
afterEach(() => t.cleanup());

export const REQUEST_INPUT = {
  title: 'Demande de nouveau délai 2027',
  kind: 'newDeadline',
  requestedDeadline: '2027-03-01',
  periodFrom: '2023-01-01',
  periodTo: '2024-12-31',
  language: 'fr',
} as const;

const BOLD_AND_LIST: WrittenSection = {
  blocks: [
    {
      type: 'paragraph',
      runs: [
        { text: 'La contamination est ', bold: false, italic: false },
        { text: 'nouvelle', bold: true, italic: false },
        { text: ' et improvisée.', bold: false, italic: true },
      ],
    },
    {
      type: 'bullets',
      items: [[{ text: 'Mopti', bold: false, italic: false }], [{ text: 'Gao', bold: false, italic: false }]],
    },
  ],
  complete: true,
};

async function refusal(method: string, input: unknown) {
  const res = await t.call(method as never, input as never);
  if (res.ok) throw new Error(`${method} was accepted`);
  return res.error;
}

describe('extension request versions', () => {
  it('creates a request with its first draft, listed with its versions', async () => {
    const v = await ok<RequestVersion>(t, 'requests.create', REQUEST_INPUT);
    expect(v).toMatchObject({ version: 1, status: 'draft', submittedOn: null, sections: {} });
    expect(v.request).toMatchObject({
      title: REQUEST_INPUT.title,
      kind: 'newDeadline',
      periodTo: '2024-12-31',
    });
    const list = await ok<RequestSummary[]>(t, 'requests.list', {});
    expect(list.map((r) => [r.id, r.versions.map((x) => x.id)])).toEqual([[v.requestId, [v.id]]]);
  });

  it('refuses a period that ends before it starts and a deadline inside the period', async () => {
    const bad = await refusal('requests.create', { ...REQUEST_INPUT, periodTo: '2022-12-31' });
    expect(JSON.stringify(bad)).toContain('article5.errors.periodOrder');
    const early = await refusal('requests.create', { ...REQUEST_INPUT, requestedDeadline: '2024-06-01' });
    expect(JSON.stringify(early)).toContain('article5.errors.deadlineAfterPeriod');
  });

  it('saves a written section as structured text, read back by value', async () => {
    const v = await ok<RequestVersion>(t, 'requests.create', REQUEST_INPUT);
    const saved = await ok<RequestVersion>(t, 'requests.saveSection', {
      id: v.id,
      section: 'origins',
      written: BOLD_AND_LIST,
    });
    expect(saved.sections.origins).toEqual(BOLD_AND_LIST);
    const again = await ok<RequestVersion>(t, 'requests.version', { id: v.id });
    expect(again.sections.origins?.blocks[0]).toEqual(BOLD_AND_LIST.blocks[0]);
    const html = await refusal('requests.saveSection', { id: v.id, section: 'origins', written: '<p>x</p>' });
    expect(html).toBeTruthy();
  });

  it('keeps several drafts; a submitted version is frozen with its snapshot; a new version copies sections', async () => {
    await fillArticle7Fixture(t);
    const v1 = await ok<RequestVersion>(t, 'requests.create', REQUEST_INPUT);
    await ok(t, 'requests.saveSection', { id: v1.id, section: 'origins', written: BOLD_AND_LIST });
    const v2 = await ok<RequestVersion>(t, 'requests.newVersion', { id: v1.id });
    expect(v2).toMatchObject({ version: 2, status: 'draft', requestId: v1.requestId });
    expect(v2.sections.origins).toEqual(BOLD_AND_LIST);

    const submitted = await ok<RequestVersion>(t, 'requests.submit', { id: v1.id });
    expect(submitted).toMatchObject({ status: 'submitted', submittedOn: '2026-11-20' });
    const snapshot = t.store.repos.requests.snapshot(v1.id);
    expect(snapshot?.request.submittedOn).toBe('2026-11-20');
    expect(snapshot?.remaining.total.total.m2).toBe(21_000);

    const frozen = await refusal('requests.saveSection', {
      id: v1.id,
      section: 'origins',
      written: { blocks: [] },
    });
    expect(frozen.messageKey).toBe('article5.errors.submittedFrozen');
    expect(await refusal('requests.submit', { id: v1.id })).toMatchObject({
      messageKey: 'article5.errors.submittedFrozen',
    });
    // The store refuses it too, whatever the caller.
    expect(() => t.store.repos.requests.saveSections(v1.id, {})).not.toThrow();
    expect(t.store.repos.requests.saveSections(v1.id, {})).toBe(false);

    // Editing the other draft leaves the submitted one as it was.
    await ok(t, 'requests.saveSection', {
      id: v2.id,
      section: 'origins',
      written: { blocks: [], complete: false },
    });
    const v1Again = await ok<RequestVersion>(t, 'requests.version', { id: v1.id });
    expect(v1Again.sections.origins).toEqual(BOLD_AND_LIST);

    const v3 = await ok<RequestVersion>(t, 'requests.newVersion', { id: v1.id });
    expect(v3).toMatchObject({ version: 3, status: 'draft' });
    expect(v3.sections.origins).toEqual(BOLD_AND_LIST);
    const request = await ok<RequestSummary>(t, 'requests.get', { id: v1.requestId });
    expect(request.versions.map((x) => [x.version, x.status])).toEqual([
      [3, 'draft'],
      [2, 'draft'],
      [1, 'submitted'],
    ]);
  });

  it('drafts the executive summary from the figures, in both languages', async () => {
    await fillArticle7Fixture(t);
    const v = await ok<RequestVersion>(t, 'requests.create', REQUEST_INPUT);
    const fr = await ok<{ type: string; runs: { text: string }[] }[]>(t, 'requests.summaryDraft', {
      id: v.id,
      lang: 'fr',
    });
    const en = await ok<{ type: string; runs: { text: string }[] }[]>(t, 'requests.summaryDraft', {
      id: v.id,
      lang: 'en',
    });
    const text = (b: typeof fr) => b.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
    expect(text(fr)).toContain('21\u202f000\u00a0m²');
    expect(text(fr)).toContain('01/03/2027');
    expect(text(en)).toContain('21,000\u00a0m²');
    expect(text(en)).toMatch(/requests a new Article 5 deadline/);
  });
});
