/**
 * Every method of the API, named `domain.action`. Kept apart from the zod contract so the preload
 * (which only needs the names) stays small; contract.ts is checked against this list by type.
 */
export const METHOD_NAMES = [
  'system.info',
  'settings.get',
  'settings.update',
  'profile.get',
  'profile.save',
  'adminUnits.list',
  'adminUnits.save',
  'adminUnits.delete',
  'hazards.list',
  'hazards.get',
  'hazards.create',
  'hazards.update',
  'hazards.delete',
  'exports.register',
  'demo.load',
  'files.open',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

/** Methods whose result is a file: transports save it (Electron) or download it (browser). */
export const FILE_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['exports.register']);

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}

/** The domain and action parts of a method name, for the nested `window.balise.<domain>.<action>`. */
export function splitMethod(name: MethodName): [string, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}
