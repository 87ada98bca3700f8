/**
 * Axis ticks at round values (1, 2, 2.5 or 5 times a power of ten) from 0 to at least `max`,
 * about five of them; `integer` keeps whole steps for counts. An empty chart still gets an axis from 0 to 1.
 */
export function niceTicks(max: number, integer = false, target = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const nice = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  // People and incidents are counted in whole numbers: no tick at 2.5 casualties.
  const step = integer ? Math.max(1, Math.ceil(nice)) : nice;
  // Values below 1 (km² of a small programme) would otherwise carry float noise (0.30000000000000004).
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const ticks: number[] = [];
  for (let i = 0; ; i += 1) {
    const v = Number((i * step).toFixed(decimals));
    ticks.push(v);
    if (v >= max) break;
  }
  return ticks;
}
