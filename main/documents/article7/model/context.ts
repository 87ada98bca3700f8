import type { Article7Written, ReportPeriod } from '../../../../shared/domain/article7';
import type { FigureInput } from '../../../../shared/rules/landRelease';
import type { Repositories } from '../../../db/repositories/index';
import type { StockpileFigureInputs } from '../../../db/repositories/stockpiles';
import { readSources, type SourceIndex } from './provenance';

/** What every form builder reads: the period, the written fields, the records' inputs and sources. */
export interface ModelContext {
  repos: Repositories;
  period: ReportPeriod;
  written: Article7Written;
  sources: SourceIndex;
  land: FigureInput;
  stock: StockpileFigureInputs;
}

export function modelContext(
  repos: Repositories,
  period: ReportPeriod,
  written: Article7Written,
): ModelContext {
  return {
    repos,
    period,
    written,
    sources: readSources(repos),
    land: repos.landRelease.figureInputs(),
    stock: repos.stockpiles.figureInputs(),
  };
}
