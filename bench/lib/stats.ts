/** Medians, goals and the printed table of the bench. */

/** The median of a list of numbers (the mean of the middle two for an even count); NaN if empty. */
export function median(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return Number.NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The p-th percentile (0..100) by nearest rank; NaN if empty. */
export function percentile(values: readonly number[], p: number): number {
  const finite = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const rank = Math.min(finite.length, Math.max(1, Math.ceil((p / 100) * finite.length)));
  return finite[rank - 1]!;
}

/** Rounds to `digits` decimals, keeping NaN as null (JSON has no NaN). */
export function round(value: number, digits = 1): number | null {
  if (!Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A goal on one result: at most, at least or exactly a limit. */
export interface Goal {
  op: '<=' | '>=' | '==';
  limit: number;
}

/** Whether `value` meets `goal`; a missing value never does. */
export function meetsGoal(value: number | null | undefined, goal: Goal): boolean {
  if (value === null || value === undefined || !Number.isFinite(value)) return false;
  if (goal.op === '==') return value === goal.limit;
  return goal.op === '<=' ? value <= goal.limit : value >= goal.limit;
}

/** One row of the printed table. */
export interface Row {
  key: string;
  value: number | null;
  unit: string;
  goal?: Goal;
  /** Why the value is missing or the goal missed, when it is. */
  reason?: string;
  /** Why the goal is parked, when it is: shown, never hidden, and not failing the run. */
  parked?: string;
}

/** The verdict column of a row: ok, MISSED (with the reason), PARKED (with why) or no goal. */
export function verdictOf(row: Row): string {
  if (row.parked) {
    const met = row.goal && meetsGoal(row.value, row.goal) ? 'ok' : 'missed';
    return `PARKED (${met}): ${row.parked}`;
  }
  if (row.value === null) return `MISSED: not measured${row.reason ? ` (${row.reason})` : ''}`;
  if (!row.goal) return '';
  if (meetsGoal(row.value, row.goal)) return 'ok';
  return `MISSED${row.reason ? `: ${row.reason}` : ''}`;
}

/** The table as text, one row per key, goal and verdict beside each value. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.key,
    row.value === null ? '-' : `${row.value} ${row.unit}`.trim(),
    row.goal ? `${row.goal.op} ${row.goal.limit}` : '',
    verdictOf(row),
  ]);
  const header = ['key', 'value', 'goal', 'verdict'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => Math.min(line[column]!.length, 60))),
  );
  const line = (values: string[]) =>
    values
      .map((value, column) => (column === 3 ? value : value.padEnd(widths[column]!)))
      .join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join(
    '\n',
  );
}

/** Whether a row fails the run: a goal missed or a value not measured, unless the goal is parked. */
export function failsRun(row: Row): boolean {
  if (row.parked) return false;
  return row.value === null || (row.goal !== undefined && !meetsGoal(row.value, row.goal));
}
