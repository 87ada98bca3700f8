import { useApiQuery } from '../../api/useApiQuery';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { FileStep } from './FileStep';
import { HistoryPanel } from './HistoryPanel';
import { MappingsPanel } from './MappingsPanel';
import { MappingStep } from './MappingStep';
import { ResultStep } from './ResultStep';
import { useImportFlow } from './useImportFlow';
import './import.css';

/**
 * Importing data (issue 7): a file, its column mapping, a dry run, then the import in one
 * transaction; below, the imports made (each undoable) and the mappings saved.
 */
export function ImportPage() {
  const { t, number } = useI18n();
  const { notify } = useNotices();
  const flow = useImportFlow();
  const history = useApiQuery('imports.list', {});
  const mappings = useApiQuery('imports.mappings', {});
  const done = flow.committed;

  const onCommitted = () => {
    notify({ kind: 'success', message: t('import.ui.done.notice', { file: flow.fileName ?? '' }) });
    history.reload();
    mappings.reload();
  };

  return (
    <section aria-labelledby="import-title" className="import-page">
      <div className="page-header">
        <div>
          <h1 id="import-title">{t('import.ui.title')}</h1>
          <p>{t('import.ui.subtitle')}</p>
        </div>
      </div>
      <FileStep flow={flow} />
      {done ? (
        <section className="panel import-done" role="status">
          <h2>{t('import.ui.done.title', { file: done.fileName })}</h2>
          <p>
            {t('import.ui.done.counts', {
              created: number(done.counts.new),
              updated: number(done.counts.updated),
              unchanged: number(done.counts.unchanged),
            })}
          </p>
          <button type="button" className="button" onClick={flow.reset}>
            {t('import.ui.done.another')}
          </button>
        </section>
      ) : (
        <>
          <MappingStep flow={flow} />
          <ResultStep key={flow.inspection?.sessionId ?? ''} flow={flow} onCommitted={onCommitted} />
        </>
      )}
      <HistoryPanel list={history} />
      <MappingsPanel list={mappings} />
    </section>
  );
}
