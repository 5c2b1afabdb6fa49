import { pyongyangDate } from 'kp-mobile-money';
import type { Violation } from '../auditLog.js';

/** The amount bins of the distribution: upper bounds in won, the last open-ended. */
export const AMOUNT_BINS: readonly { readonly label: string; readonly max: number }[] = [
  ...Array.from({ length: 10 }, (_, i) => ({
    label: `${String(i * 50 + 1)}–${String((i + 1) * 50)}`,
    max: (i + 1) * 50,
  })),
  { label: '501–1,000', max: 1_000 },
  { label: 'over 1,000', max: Number.POSITIVE_INFINITY },
];

/** What the audit's charts draw, gathered while the log streams by. */
export interface AuditChartData {
  /** Rows judged (clean or violating) per Pyongyang day, oldest first. */
  readonly transfersByDay: readonly { readonly day: string; readonly transfers: number }[];
  /** Violating rows per Pyongyang day and rule (a row counts once for each rule it broke). */
  readonly violationsByDay: readonly {
    readonly day: string;
    readonly rule: string;
    readonly rows: number;
  }[];
  /** Rows judged by amount bin, every bin listed. */
  readonly amounts: readonly {
    readonly bin: string;
    readonly rows: number;
    readonly overCap: boolean;
  }[];
}

/** The accumulator behind the audit page: feed it every judged row, then read `data()`. */
export interface AuditAggregates {
  /** A row that broke a rule (its day and rules come from the audit). */
  readonly violation: (violation: Violation) => void;
  /** A row that broke nothing: its day is computed from its instant. */
  readonly clean: (row: { readonly at: string; readonly amount: number }) => void;
  readonly data: () => AuditChartData;
}

/** The cap the amounts are drawn against: the 500 won of the 2020 cap and the 2022 limits. */
export const AMOUNT_CAP_WON = 500;

/**
 * An instant to the minute, with its offset: days begin on a whole minute (15:00Z, or 15:30Z in
 * the UTC+8:30 years), so two instants with the same key fall on the same Pyongyang day.
 */
function minuteKey(at: string): string {
  let i = 16;
  while (i < at.length && !'Zz+-'.includes(at.charAt(i))) i += 1;
  return `${at.slice(0, 16)}${at.slice(i)}`;
}

function binOf(amount: number): number {
  if (amount <= 500) return Math.max(0, Math.ceil(amount / 50) - 1);
  return amount <= 1_000 ? 10 : 11;
}

/**
 * Counts, while an audit streams, what its page draws: rows and violations per Pyongyang day
 * (violations by rule) and rows by amount. Memory grows with the days of the log, not its rows.
 *
 * @returns the accumulator
 * @example
 * ```ts
 * const charts = createAuditAggregates();
 * charts.clean({ at: '2020-06-08T10:00:00+09:00', amount: 300 });
 * charts.data().transfersByDay;
 * //=> [{ day: '2020-06-08', transfers: 1 }]
 * ```
 */
export function createAuditAggregates(): AuditAggregates {
  const transfers = new Map<string, number>();
  const violations = new Map<string, Map<string, number>>();
  const bins = AMOUNT_BINS.map(() => 0);
  // A log in order of time has many rows a minute: their day is read once.
  let lastKey = '';
  let lastDay = '';
  const count = (day: string, amount: number) => {
    transfers.set(day, (transfers.get(day) ?? 0) + 1);
    const bin = binOf(amount);
    bins[bin] = (bins[bin] ?? 0) + 1;
  };

  return {
    violation(v) {
      count(v.day, v.amount);
      let rules = violations.get(v.day);
      if (rules === undefined) {
        rules = new Map();
        violations.set(v.day, rules);
      }
      for (const [i, rule] of v.rules.entries()) {
        // A row that broke one rule twice (count and amount) counts once for it.
        if (v.rules.indexOf(rule) === i) rules.set(rule, (rules.get(rule) ?? 0) + 1);
      }
    },
    clean(row) {
      const key = minuteKey(row.at);
      if (key !== lastKey) {
        lastKey = key;
        lastDay = pyongyangDate(row.at);
      }
      count(lastDay, row.amount);
    },
    data() {
      const days = [...transfers.keys()].sort();
      return {
        transfersByDay: days.map((day) => ({ day, transfers: transfers.get(day) ?? 0 })),
        violationsByDay: days.flatMap((day) =>
          [...(violations.get(day) ?? new Map<string, number>())]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([rule, rows]) => ({ day, rule, rows })),
        ),
        amounts: AMOUNT_BINS.map((b, i) => ({
          bin: b.label,
          rows: bins[i] ?? 0,
          overCap: b.max > AMOUNT_CAP_WON,
        })),
      };
    },
  };
}
