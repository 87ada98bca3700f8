import {
  ARTICLE7_FORMS,
  type Article7FormId,
  type Article7Model,
  type Article7Written,
  type BilingualText,
  type FormStatus,
} from '../../../../shared/domain/article7';

type Forms = Article7Model['forms'];

const blank = (t: BilingualText) => t.fr.trim() === '' && t.en.trim() === '';

/** Whether a form has nothing to report: no row, no figure, no written text. */
export function isEmptyForm(id: Article7FormId, forms: Forms): boolean {
  switch (id) {
    case 'A':
      return forms.A.measures.length === 0;
    case 'B':
      return forms.B.stockpiles.length === 0 && forms.B.previouslyUnknown.length === 0;
    case 'C': {
      const r = forms.C.released.total;
      return (
        forms.C.known.length === 0 &&
        forms.C.suspected.length === 0 &&
        r.cancelledM2 + r.reducedM2 + r.clearedM2 === 0 &&
        r.apMinesDestroyed + r.improvisedApMinesDestroyed + r.otherItemsDestroyed === 0
      );
    }
    case 'D':
      return (
        forms.D.retained.length === 0 &&
        forms.D.transferredForTraining.length === 0 &&
        forms.D.transferredForDestruction.length === 0 &&
        forms.D.use.length === 0
      );
    case 'E':
      return forms.E.facilities.length === 0;
    case 'F':
      return forms.F.programmes.length === 0;
    case 'G':
      return (
        forms.G.stockpileDestroyed.length === 0 &&
        forms.G.minedAreasDestroyed.length === 0 &&
        forms.G.previouslyUnknownDestroyed.length === 0
      );
    case 'H':
      return forms.H.technical.length === 0;
    case 'I':
      return forms.I.education.records === 0 && blank(forms.I.warnings);
    case 'J': {
      const c = forms.J.casualties;
      return (
        forms.J.assistance.beneficiaries.total === 0 &&
        c.killed.total + c.injured.total === 0 &&
        blank(forms.J.cooperation) &&
        blank(forms.J.gender) &&
        blank(forms.J.other)
      );
    }
  }
}

/**
 * A form's content as comparable text: keys sorted, provenance and the "as of" date left out
 * (the same areas and figures reported at a later date are unchanged content).
 */
export function formContent(form: unknown): string {
  return JSON.stringify(form, (key, value: unknown) => {
    if (key === 'provenance' || key === 'asOf') return undefined;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return value;
  });
}

/**
 * Each form's status: not applicable when declared so, or when it has nothing to report and the
 * previous report did not report anything in it either; unchanged (with the previous report's
 * year) when its content equals the previous submitted report's; changed otherwise.
 */
export function formStatuses(
  forms: Forms,
  written: Article7Written,
  previous: { model: Article7Model; year: number } | null,
): Record<Article7FormId, FormStatus> {
  const out = {} as Record<Article7FormId, FormStatus>;
  for (const id of ARTICLE7_FORMS) {
    const before = previous?.model.forms[id];
    const previouslyReported =
      previous !== null &&
      previous.model.status[id].kind !== 'notApplicable' &&
      !isEmptyForm(id, previous.model.forms);
    if (written.notApplicable.includes(id) || (isEmptyForm(id, forms) && !previouslyReported)) {
      out[id] = { kind: 'notApplicable' };
    } else if (previous && before !== undefined && formContent(before) === formContent(forms[id])) {
      out[id] = { kind: 'unchanged', lastReportedYear: previous.year };
    } else {
      out[id] = { kind: 'changed' };
    }
  }
  return out;
}
