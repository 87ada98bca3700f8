import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/envelope';
import type { RecordType } from '../../../shared/domain/operatorReturn';
import type {
  ColumnPlan,
  DryRunResult,
  ImportPlan,
  ImportProgress,
  ImportRecord,
  Inspection,
} from '../../../shared/domain/importing';
import { callApi } from '../../api/client';
import { uploadFile, withProgress } from './importApi';

/** The long step running now, and how far it has got. */
export type Busy =
  | { step: 'upload'; sent: number; total: number }
  | { step: 'inspect' | 'dryRun' | 'commit'; progress: ImportProgress | null };

export interface ImportFlow {
  fileName: string | null;
  busy: Busy | null;
  /** The last failure of the file step (upload, inspect): shown next to the file input. */
  fileError: ApiError | null;
  /** The last failure of a later step (dry run, commit): shown next to its button. */
  stepError: ApiError | null;
  inspection: Inspection | null;
  plan: ImportPlan | null;
  /** The dry run of the current plan; null once the plan changes (it must be checked again). */
  result: DryRunResult | null;
  committed: ImportRecord | null;
  choose: (file: File) => Promise<void>;
  setPlan: (plan: ImportPlan) => void;
  matchAs: (sheet: string, kind: RecordType) => Promise<ColumnPlan[] | null>;
  dryRun: (plan?: ImportPlan) => Promise<void>;
  cancel: () => void;
  commit: (saveMappingAs: string | null) => Promise<ImportRecord | null>;
  reset: () => void;
}

/**
 * One import from file to commit: the session lives in the main process; this keeps its id, the
 * plan the user edits and the last dry run. A session left behind (new file, page left) is closed.
 */
export function useImportFlow(): ImportFlow {
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [fileError, setFileError] = useState<ApiError | null>(null);
  const [stepError, setStepError] = useState<ApiError | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [plan, setPlanState] = useState<ImportPlan | null>(null);
  const [result, setResult] = useState<DryRunResult | null>(null);
  const [committed, setCommitted] = useState<ImportRecord | null>(null);
  const session = useRef<string | null>(null);
  const uploadStopped = useRef(false);

  const closeSession = useCallback(() => {
    const id = session.current;
    session.current = null;
    if (id) void callApi('imports.close', { sessionId: id });
  }, []);
  useEffect(() => closeSession, [closeSession]);

  const reset = useCallback(() => {
    closeSession();
    setFileName(null);
    setBusy(null);
    setFileError(null);
    setStepError(null);
    setInspection(null);
    setPlanState(null);
    setResult(null);
    setCommitted(null);
  }, [closeSession]);

  const choose = async (file: File) => {
    reset();
    setFileName(file.name);
    uploadStopped.current = false;
    setBusy({ step: 'upload', sent: 0, total: file.size });
    const up = await uploadFile(
      file,
      (sent) => setBusy({ step: 'upload', sent, total: file.size }),
      () => uploadStopped.current,
    );
    if (!up.ok) {
      setBusy(null);
      setFileError(up.error);
      return;
    }
    const sessionId = up.sessionId;
    session.current = sessionId;
    setBusy({ step: 'inspect', progress: null });
    const r = await withProgress(
      sessionId,
      () => callApi('imports.inspect', { sessionId }),
      (progress) => setBusy({ step: 'inspect', progress }),
    );
    setBusy(null);
    if (!r.ok) {
      closeSession();
      setFileError(r.error);
      return;
    }
    setInspection(r.value);
    setPlanState(r.value.plan);
  };

  const setPlan = (next: ImportPlan) => {
    setPlanState(next);
    setResult(null);
    setStepError(null);
  };

  /** A sheet's columns as the engine matches them to a record type (synonyms included). */
  const matchAs = useCallback(async (sheet: string, kind: RecordType) => {
    const sessionId = session.current;
    if (!sessionId) return null;
    const r = await callApi('imports.inspect', { sessionId, kind });
    const found = r.ok ? r.value.plan.sheets.find((s) => s.sheet === sheet) : undefined;
    return found?.kind === kind ? found.columns : null;
  }, []);

  const dryRun = async (next?: ImportPlan) => {
    const sessionId = session.current;
    const checked = next ?? plan;
    if (!sessionId || !checked) return;
    if (next) setPlanState(next);
    setStepError(null);
    setBusy({ step: 'dryRun', progress: null });
    const r = await withProgress(
      sessionId,
      () => callApi('imports.dryRun', { sessionId, plan: checked }),
      (progress) => setBusy({ step: 'dryRun', progress }),
    );
    setBusy(null);
    if (!r.ok) {
      setResult(null);
      setStepError(r.error);
      return;
    }
    setResult(r.value);
  };

  const cancel = () => {
    if (busy?.step === 'upload') {
      uploadStopped.current = true;
      return;
    }
    const sessionId = session.current;
    if (sessionId) void callApi('imports.cancel', { sessionId });
  };

  const commit = async (saveMappingAs: string | null) => {
    const sessionId = session.current;
    if (!sessionId) return null;
    setStepError(null);
    setBusy({ step: 'commit', progress: null });
    const r = await withProgress(
      sessionId,
      () => callApi('imports.commit', { sessionId, saveMappingAs }),
      (progress) => setBusy({ step: 'commit', progress }),
    );
    setBusy(null);
    if (!r.ok) {
      setStepError(r.error);
      return null;
    }
    // Nothing more to do with this file; closing an already ended session is harmless.
    closeSession();
    setCommitted(r.value);
    return r.value;
  };

  return {
    fileName,
    busy,
    fileError,
    stepError,
    inspection,
    plan,
    result,
    committed,
    choose,
    setPlan,
    matchAs,
    dryRun,
    cancel,
    commit,
    reset,
  };
}
