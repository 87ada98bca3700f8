import { useEffect, useState } from 'react';
import type { ClientOutput, MethodInput } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/methods';
import { callApi } from '../../api/client';

/**
 * Like `useApiQuery`, but asks nothing while `input` is null (no area chosen yet, nothing typed in
 * the search): the value is then undefined. Answers to superseded requests are dropped.
 */
export function useMaybeQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
): ClientOutput<M> | undefined {
  const key = input === null ? null : JSON.stringify(input);
  const [answer, setAnswer] = useState<{ key: string; value: ClientOutput<M> } | null>(null);
  useEffect(() => {
    if (key === null) return undefined;
    let current = true;
    void callApi(method, JSON.parse(key) as MethodInput<M>).then((r) => {
      if (current && r.ok) setAnswer({ key, value: r.value });
    });
    return () => {
      current = false;
    };
  }, [method, key]);
  return key !== null && answer?.key === key ? answer.value : undefined;
}
