import { useState } from 'react';
import {
  OPERATOR_KINDS,
  OPERATOR_ORIGINS,
  type Operator,
  type OperatorKind,
  type OperatorOrigin,
  type OperatorSortField,
} from '../../../shared/domain/operator';
import { callApi } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { nextSort, SortableHeader, type SortDirection } from '../../components/SortableHeader';
import { useI18n } from '../../i18n/I18nContext';
import './operators.css';

/**
 * The operator reporting template (issue 7), in the screen's language, with the database's
 * reference lists: same save-or-download flow as the register's export.
 */
function TemplateButton() {
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const r = await callApi('templates.operatorReturn', { lang });
    setBusy(false);
    if (!r.ok) return notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    if (r.value.cancelled) return undefined;
    const savedPath = r.value.savedPath;
    if (savedPath === null) {
      return notify({ kind: 'success', message: t('ui.export.downloaded', { file: r.value.fileName }) });
    }
    return notify({
      kind: 'success',
      message: t('ui.export.saved', { path: savedPath }),
      actions: [
        {
          label: t('ui.export.open'),
          run: () =>
            void callApi('files.open', { path: savedPath }).then((o) => {
              if (!o.ok) notify({ kind: 'error', message: t(o.error.messageKey, o.error.params) });
            }),
        },
      ],
    });
  };
  return (
    <button
      type="button"
      className="button"
      disabled={busy}
      title={t('template.button.hint')}
      onClick={() => void run()}
    >
      {busy ? t('ui.export.working') : t('template.button')}
    </button>
  );
}

/** The operators who survey and clear (domain.md §6): a short list, searched and sorted in place. */
export function OperatorsPage() {
  const { t, number, date } = useI18n();
  const { notify } = useNotices();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<OperatorKind | ''>('');
  const [origin, setOrigin] = useState<OperatorOrigin | ''>('');
  const [order, setOrder] = useState<{ sort: OperatorSortField; direction: SortDirection }>({
    sort: 'name',
    direction: 'asc',
  });
  const list = useApiQuery('operators.list', {
    ...(search.trim() ? { search: search.trim() } : {}),
    ...(kind ? { kind } : {}),
    ...(origin ? { origin } : {}),
    ...order,
    limit: 1000,
  });
  const [toDelete, setToDelete] = useState<Operator | null>(null);
  const [deleting, setDeleting] = useState(false);

  const confirmDelete = async () => {
    if (!toDelete) return;
    setDeleting(true);
    const r = await callApi('operators.delete', { id: toDelete.id });
    setDeleting(false);
    setToDelete(null);
    if (!r.ok) notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    else notify({ kind: 'success', message: t('operator.deleted', { name: toDelete.name }) });
    list.reload();
  };

  const header = (field: OperatorSortField, label: string, className?: string) => (
    <SortableHeader
      field={field}
      sort={order.sort}
      direction={order.direction}
      onSort={(f) => setOrder(nextSort(order, f))}
      {...(className ? { className } : {})}
    >
      {t(label)}
    </SortableHeader>
  );
  const rows = list.value?.rows ?? [];

  return (
    <section aria-labelledby="operators-title">
      <div className="page-header">
        <div>
          <h1 id="operators-title">{t('operator.title')}</h1>
          <p>{t('operator.subtitle')}</p>
        </div>
        <div className="page-actions">
          <TemplateButton />
          <a className="button button-primary" href={sectionHash('operators', 'new')}>
            {t('operator.new')}
          </a>
        </div>
      </div>
      <div className="filter-bar" role="search">
        <label className="filter-search">
          {t('operator.filter.search')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label>
          {t('operator.field.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as OperatorKind | '')}>
            <option value="">{t('operator.filter.allKinds')}</option>
            {OPERATOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`operator.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('operator.field.origin')}
          <select value={origin} onChange={(e) => setOrigin(e.target.value as OperatorOrigin | '')}>
            <option value="">{t('operator.filter.allOrigins')}</option>
            {OPERATOR_ORIGINS.map((o) => (
              <option key={o} value={o}>
                {t(`operator.origin.${o}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {list.error ? (
        <p role="alert" className="field-error">
          {t(list.error.messageKey, list.error.params)}
        </p>
      ) : null}
      {list.value === undefined ? (
        <p className="muted">{t('ui.app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-state panel">
          {t(search || kind || origin ? 'operator.noMatch' : 'operator.empty')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table operator-table">
            <caption className="visually-hidden">{t('operator.title')}</caption>
            <thead>
              <tr>
                {header('name', 'operator.field.name')}
                {header('acronym', 'operator.field.acronym')}
                {header('kind', 'operator.field.kind')}
                {header('origin', 'operator.field.origin')}
                {header('accreditedOn', 'operator.column.accreditation')}
                <th scope="col">{t('operator.column.contact')}</th>
                {header('activityCount', 'operator.field.activityCount', 'num')}
                <th scope="col">
                  <span className="visually-hidden">{t('ui.register.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id}>
                  <td>
                    <a href={sectionHash('operators', o.id)}>{o.name}</a>
                    {o.notes ? <span className="sub">{o.notes}</span> : null}
                  </td>
                  <td>{o.acronym || <span className="muted">—</span>}</td>
                  <td>{t(`operator.kind.${o.kind}`)}</td>
                  <td>{t(`operator.origin.${o.origin ?? 'unstated'}`)}</td>
                  <td className="operator-scope-cell">
                    {o.accreditedOn ? (
                      <>
                        {t('operator.accreditedSince', { date: date(o.accreditedOn) })}
                        <span className="sub">
                          {o.accreditationScope.length
                            ? o.accreditationScope.map((a) => t(`operator.activity.${a}`)).join(', ')
                            : t('operator.scopeEmpty')}
                        </span>
                      </>
                    ) : (
                      <span className="muted">{t('operator.notAccredited')}</span>
                    )}
                  </td>
                  <td>
                    {o.contactName || <span className="muted">—</span>}
                    {o.contactPhone || o.contactEmail ? (
                      <span className="sub">
                        {[o.contactPhone, o.contactEmail].filter(Boolean).join(' · ')}
                      </span>
                    ) : null}
                  </td>
                  <td className="num">{number(o.activityCount)}</td>
                  <td>
                    <div className="row-actions">
                      <a href={sectionHash('operators', o.id)}>{t('ui.action.edit')}</a>
                      <button
                        type="button"
                        className="link-button danger"
                        aria-label={t('operator.deleteOperator', { name: o.name })}
                        onClick={() => setToDelete(o)}
                      >
                        {t('ui.action.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('operator.deleteTitle', { name: toDelete?.name ?? '' })}
        message={t('operator.deleteMessage')}
        confirmLabel={t('ui.action.delete')}
        busy={deleting}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      />
    </section>
  );
}
