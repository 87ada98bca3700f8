import type { RetainedMovementRow } from '../../../shared/domain/retained';
import { isIncoming } from '../../../shared/domain/retained';
import { useApiQuery } from '../../api/useApiQuery';
import { sectionHash } from '../../app/route';
import { navigateTo } from '../../app/useRoute';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/I18nContext';
import { LoadFailed } from '../stockpiles/kit/LoadFailed';
import { useDeletion } from '../stockpiles/kit/useDeletion';
import { RecordHistory } from '../safety/RecordHistory';
import '../stockpiles/kit/records.css';

/** What a movement was for, or where it came from or went. */
function movementDetail(
  m: RetainedMovementRow,
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  const parts: string[] = [];
  if (m.purpose) parts.push(t(`retained.purpose.${m.purpose}`));
  if (m.destination) parts.push(t(`retained.destination.${m.destination}`));
  if (m.counterpart)
    parts.push(t(m.kind === 'received' ? 'retained.from' : 'retained.to', { name: m.counterpart }));
  if (m.description) parts.push(m.description);
  return parts.join(' — ');
}

/** One institution's mines of one type and lot: facts, balance, and every movement with the balance after it. */
export function RetainedItemPage({ id }: { id: string }) {
  const { t, date, number } = useI18n();
  const detail = useApiQuery('retained.get', { id });
  const removeItem = useDeletion<{ id: string }>(
    'retained.delete',
    () => t('retained.deleted', { institution: detail.value?.item.institution ?? '' }),
    () => navigateTo(sectionHash('retained')),
  );
  const removeMovement = useDeletion<RetainedMovementRow>(
    'retained.deleteMovement',
    (m) => t('retained.movement.deleted', { date: date(m.occurredOn) }),
    detail.reload,
  );

  if (detail.error && !detail.value) {
    return (
      <LoadFailed
        error={detail.error}
        backHref={sectionHash('retained')}
        backLabel={t('retained.form.back')}
      />
    );
  }
  const value = detail.value;
  if (!value) return <p className="muted">{t('ui.app.loading')}</p>;
  const { item, movements, balance } = value;

  return (
    <section aria-labelledby="retained-item-title">
      <div className="page-header">
        <div>
          <h1 id="retained-item-title">
            {t('retained.item.title', { institution: item.institution, type: item.mineType })}
          </h1>
          <p>
            <a href={sectionHash('retained')}>{t('retained.form.back')}</a>
          </p>
        </div>
        <div className="page-actions">
          <a className="button" href={sectionHash('retained', id, 'edit')}>
            {t('ui.action.edit')}
          </a>
          {movements.length === 0 ? (
            <button type="button" className="button button-danger" onClick={() => removeItem.ask({ id })}>
              {t('ui.action.delete')}
            </button>
          ) : null}
          <a className="button button-primary" href={sectionHash('retained', id, 'movements', 'new')}>
            {t('retained.movement.new')}
          </a>
        </div>
      </div>
      <ul className="figure-strip">
        <li>
          <span className="figure-value" data-testid="retained-balance">
            {number(balance)}
          </span>
          <span className="figure-label">{t('retained.column.balance')}</span>
        </li>
        <li>
          <span className="figure-value">{number(movements.length)}</span>
          <span className="figure-label">{t('retained.item.movements')}</span>
        </li>
      </ul>
      <div className="panel">
        <dl className="record-facts">
          <dt>{t('retained.field.institution')}</dt>
          <dd>{item.institution}</dd>
          <dt>{t('retained.field.mineType')}</dt>
          <dd>
            {item.mineType} · {t(`device.${item.category}`)}
          </dd>
          <dt>{t('retained.field.lotNumber')}</dt>
          <dd>{item.lotNumber || '—'}</dd>
          <dt>{t('retained.field.intendedPurpose')}</dt>
          <dd>{item.intendedPurpose || '—'}</dd>
          <dt>{t('retained.field.source')}</dt>
          <dd>{item.source}</dd>
          {item.notes ? (
            <>
              <dt>{t('retained.field.notes')}</dt>
              <dd>{item.notes}</dd>
            </>
          ) : null}
        </dl>
      </div>
      <h2>{t('retained.item.movements')}</h2>
      {movements.length === 0 ? (
        <p className="empty-state panel">{t('retained.item.noMovement')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('retained.item.movements')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('retained.movement.field.occurredOn')}</th>
                <th scope="col">{t('retained.movement.field.kind')}</th>
                <th scope="col" className="num">
                  {t('retained.movement.field.quantity')}
                </th>
                <th scope="col">{t('retained.item.detail')}</th>
                <th scope="col" className="num">
                  {t('retained.item.balanceAfter')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('retained.list.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {movements.map((m) => (
                <tr key={m.id}>
                  <td className="nowrap">{date(m.occurredOn)}</td>
                  <td>{t(`retained.kind.${m.kind}`)}</td>
                  <td className={`num ${isIncoming(m.kind) ? 'movement-in' : 'movement-out'}`}>
                    {isIncoming(m.kind) ? '+' : '−'}
                    {number(m.quantity)}
                  </td>
                  <td>
                    {movementDetail(m, t) || <span className="muted">—</span>}
                    <span className="sub">{m.source}</span>
                  </td>
                  <td className="num">{number(m.balanceAfter)}</td>
                  <td>
                    <div className="row-actions">
                      <a href={sectionHash('retained', id, 'movements', m.id)}>{t('ui.action.edit')}</a>
                      <button
                        type="button"
                        className="link-button danger"
                        aria-label={t('retained.movement.deleteLabel', { date: date(m.occurredOn) })}
                        onClick={() => removeMovement.ask(m)}
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
        open={removeMovement.target !== null}
        title={t('retained.movement.deleteTitle', {
          date: removeMovement.target ? date(removeMovement.target.occurredOn) : '',
        })}
        message={t('retained.movement.deleteMessage')}
        confirmLabel={t('ui.action.delete')}
        busy={removeMovement.busy}
        onConfirm={() => void removeMovement.confirm()}
        onCancel={removeMovement.cancel}
      />
      <ConfirmDialog
        open={removeItem.target !== null}
        title={t('retained.delete.title', { institution: item.institution })}
        message={t('retained.delete.message', { type: item.mineType })}
        confirmLabel={t('ui.action.delete')}
        busy={removeItem.busy}
        onConfirm={() => void removeItem.confirm()}
        onCancel={removeItem.cancel}
      />
      <RecordHistory recordType="retained_items" recordId={id} />
    </section>
  );
}
