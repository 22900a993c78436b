// Financial quarters as the API writes them ("2026/27-Q2": the NHS year April-March, Q1 April-June).

/** The quarter a day falls in. */
export function quarterOf(day: Date): string {
  const month = day.getMonth() + 1;
  const year = month >= 4 ? day.getFullYear() : day.getFullYear() - 1;
  const quarter = month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4;
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}-Q${quarter}`;
}

export function previousQuarter(quarter: string): string {
  const { year, q } = parse(quarter);
  return q > 1 ? format(year, q - 1) : format(year - 1, 4);
}

/** The last `count` quarters up to the current one, newest first: the ones a committee may ask about. */
export function recentQuarters(today: Date, count: number): string[] {
  const quarters = [quarterOf(today)];
  while (quarters.length < count) quarters.push(previousQuarter(quarters[quarters.length - 1]));
  return quarters;
}

/** True for "2026/27-Q2"-shaped text, so a hand-edited address gets a clear message rather than an API error. */
export function isQuarter(text: string): boolean {
  const match = /^(\d{4})\/(\d{2})-Q([1-4])$/.exec(text);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** Q4 closes the financial year: its report carries the annual compliance review (DOR 13.1). */
export function isYearEnd(quarter: string): boolean {
  return parse(quarter).q === 4;
}

function parse(quarter: string): { year: number; q: number } {
  return { year: Number(quarter.slice(0, 4)), q: Number(quarter.slice(-1)) };
}

function format(year: number, q: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}-Q${q}`;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** "30 Sept 2026" for an ISO date (the API's Date scalar). */
export function formatDay(isoDate: string): string {
  return dayFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "23 Nov 2026, 18:05 UTC" for an ISO date-time: one time zone for everyone reading the same report. */
export function formatTime(isoDateTime: string): string {
  return `${timeFormat.format(new Date(isoDateTime))} UTC`;
}
