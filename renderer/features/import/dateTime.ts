const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A stored timestamp (ISO, UTC) as the user's local date and time, the date through the app's
 * date format: "30/11/2026 14:05".
 */
export function localDateTime(iso: string, date: (isoDate: string) => string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${date(day)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
