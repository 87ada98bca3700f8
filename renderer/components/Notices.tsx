import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';

export type NoticeKind = 'success' | 'info' | 'warning' | 'error';

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface NoticeInput {
  kind: NoticeKind;
  message: string;
  /** Further lines (warnings on a saved record). */
  details?: string[];
  actions?: NoticeAction[];
}

interface Notice extends NoticeInput {
  id: number;
}

interface NoticeApi {
  notify: (notice: NoticeInput) => void;
  dismiss: (id: number) => void;
}

const NoticeContext = createContext<NoticeApi>({ notify: () => {}, dismiss: () => {} });
const NoticeListContext = createContext<readonly Notice[]>([]);

/** Plain confirmations fade after a while; warnings, errors and notices with a button stay. */
const AUTO_DISMISS_MS = 8000;
let nextId = 1;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  // At most three at once: the newest are about what the user just did.
  const notify = useCallback((notice: NoticeInput) => {
    const id = nextId++;
    setNotices((list) => [...list.slice(-2), { ...notice, id }]);
  }, []);
  const api = useMemo(() => ({ notify, dismiss }), [notify, dismiss]);
  return (
    <NoticeContext.Provider value={api}>
      <NoticeListContext.Provider value={notices}>{children}</NoticeListContext.Provider>
    </NoticeContext.Provider>
  );
}

export function useNotices(): NoticeApi {
  return useContext(NoticeContext);
}

function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  const { dismiss } = useNotices();
  const fades = notice.kind === 'success' && !notice.actions?.length;
  useEffect(() => {
    if (!fades) return undefined;
    const timer = setTimeout(() => dismiss(notice.id), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [fades, dismiss, notice.id]);
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <div className="notice-body">
        <p className="notice-message">{notice.message}</p>
        {notice.details?.map((line) => (
          <p key={line} className="notice-detail">
            {line}
          </p>
        ))}
        {notice.actions?.length ? (
          <div className="notice-actions">
            {notice.actions.map((a) => (
              <button key={a.label} type="button" className="button button-small" onClick={a.run}>
                {a.label}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      <button
        type="button"
        className="notice-close"
        aria-label={t('ui.action.dismiss')}
        title={t('ui.action.dismiss')}
        onClick={() => dismiss(notice.id)}
      >
        ×
      </button>
    </div>
  );
}

/** Where notices appear: above the page, announced by screen readers. */
export function NoticeArea() {
  const notices = useContext(NoticeListContext);
  return (
    <div className="notice-area" aria-live="polite">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}
