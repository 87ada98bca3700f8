import type { HandlerContext } from '../api/context';

/** Remembers what `get` answered for each id. */
function remembered<T>(get: (id: string) => T): (id: string) => T {
  const answers = new Map<string, T>();
  return (id) => {
    if (answers.has(id)) return answers.get(id) as T;
    const answer = get(id);
    answers.set(id, answer);
    return answer;
  };
}

/**
 * The handlers' checks look up the row's region, cercle and operator for every row. Those lookups
 * also count what names each unit or operator (a few milliseconds each on national data), which an
 * import of 100 000 rows cannot pay per row; and an import never changes units or operators. So
 * for one dry run or commit they are looked up once per id.
 */
export function importContext(ctx: HandlerContext): HandlerContext {
  const { repos } = ctx;
  return {
    ...ctx,
    repos: {
      ...repos,
      adminUnits: { ...repos.adminUnits, get: remembered(repos.adminUnits.get) },
      operators: { ...repos.operators, get: remembered(repos.operators.get) },
    },
  };
}
