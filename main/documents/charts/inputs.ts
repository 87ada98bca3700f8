import type { Article5ChartInputs } from '../../../shared/charts/article5Charts';
import type { Period } from '../../../shared/rules/period';
import type { Repositories } from '../../db/repositories/index';

/**
 * What the four Article 5 charts read, from the same repository calls as the Article 7 model
 * (land figure inputs, incidents of the period's years, casualties of the period).
 */
export function readArticle5ChartInputs(repos: Repositories, period: Period): Article5ChartInputs {
  return {
    land: repos.landRelease.figureInputs(),
    incidents: repos.incidents.figureInputs({
      fromYear: Number(period.from.slice(0, 4)),
      toYear: Number(period.to.slice(0, 4)),
    }),
    casualties: repos.casualties.figureInputsInPeriod(period),
  };
}
