import { RATE_TABLES, RATE_TABLE_IDS, type RateTable } from 'kp-mobile-money';
import { UsageError } from './io.js';

/** The ids of the built-in rate tables, oldest first, as `--rates` takes them. */
export { RATE_TABLE_IDS };

/**
 * The built-in rate table that `--rates ID` names, or undefined without the option: the
 * library then picks the table in force at each date.
 */
export function ratesOption(command: string, id: string | undefined): RateTable | undefined {
  if (id === undefined) return undefined;
  const table = Object.values(RATE_TABLES).find((t) => t.id === id);
  if (table === undefined) {
    throw new UsageError(`kpmm ${command}: --rates must be one of ${RATE_TABLE_IDS.join(', ')}`);
  }
  return table;
}

/** How a text output names a rate table: its date, place and id, with its source. */
export function describeTable(id: string): string {
  const table = Object.values(RATE_TABLES).find((t) => t.id === id);
  if (table === undefined) return `the rate table ${id}`;
  const where = table.place === 'not stated' ? '' : ` ${table.place}`;
  return `the ${table.asOf}${where} market rates (${table.id}) [${table.source}]`;
}
