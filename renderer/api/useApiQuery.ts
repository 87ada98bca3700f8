import { useCallback, useEffect, useState } from 'react';
import type { ClientOutput, MethodInput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/envelope';
import type { MethodName } from '../../shared/api/methods';
import { callApi } from './client';

export interface ApiQuery<T> {
  /** The last answer received, kept while a newer request runs (lists do not flicker). */
  value: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

interface Answer<T> {
  key: string;
  value: T | undefined;
  error: ApiError | null;
}

/**
 * Reads through the API whenever the method or its input change (compared by value). Answers
 * to superseded requests are dropped, so a slow old search never overwrites a newer one.
 */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | undefined,
): ApiQuery<ClientOutput<M>> {
  const [version, setVersion] = useState(0);
  const inputKey = JSON.stringify(input ?? {});
  const key = `${method} ${inputKey} ${version}`;
  const [answer, setAnswer] = useState<Answer<ClientOutput<M>> | null>(null);

  useEffect(() => {
    let current = true;
    const parsed = JSON.parse(inputKey) as MethodInput<M>;
    void callApi(method, parsed).then((envelope) => {
      if (!current) return;
      setAnswer((previous) =>
        envelope.ok
          ? { key, value: envelope.value, error: null }
          : { key, value: previous?.value, error: envelope.error },
      );
    });
    return () => {
      current = false;
    };
  }, [method, inputKey, key]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return {
    value: answer?.value,
    error: answer?.error ?? null,
    loading: answer?.key !== key,
    reload,
  };
}
