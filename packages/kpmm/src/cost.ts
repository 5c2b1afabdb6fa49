import { MOBILE_WON_PRICE, createMobileMoney } from 'kp-mobile-money';
import { parseCommandArgs, wholeNumber } from './args.js';
import { cite, kpw, money } from './format.js';
import { EXIT, UsageError, write, writeJson, type CliIo } from './io.js';
import { RATE_TABLE_IDS, describeTable, ratesOption } from './rates.js';

const HELP = `Usage: kpmm cost WON [--at INSTANT] [--rates ID] [--json]

What WON of mobile money costs: cash KPW at KPW 75 a won, and yuan and dollars at the market
rate table in force at --at (the June 2020 Pyongyang table without it), or at the table that
--rates names. The table used is printed; a date before the first table or after the last is
priced with the nearest one, with a warning.

  --at      an RFC 3339 instant with an offset, e.g. 2024-02-10T10:00:00+09:00
  --rates   ${RATE_TABLE_IDS.join(', ')}
`;

export async function runCost(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'cost',
    argv,
    { at: { type: 'string' }, rates: { type: 'string' } },
    { positionals: 1 },
  );
  if (values.help === true) {
    await write(io.stdout, HELP);
    return EXIT.ok;
  }
  const [wonText] = positionals;
  if (wonText === undefined) throw new UsageError('kpmm cost: WON is required, e.g. kpmm cost 500');
  const won = wholeNumber('cost', 'WON', wonText, { min: 1, unit: 'won' });
  const rates = ratesOption('cost', values.rates);
  const mm = createMobileMoney(rates === undefined ? {} : { rates });
  const cost = values.at === undefined ? mm.costOf(won) : mm.costOf(won, { at: values.at });
  const priceSources = MOBILE_WON_PRICE.sources;
  if (values.json === true) {
    await writeJson(io.stdout, {
      won,
      ...cost,
      cashKpwPerWon: MOBILE_WON_PRICE.cashKpwPerWon,
      sources: [...priceSources, 'dailynk-market-rates'],
    });
    return EXIT.ok;
  }
  const warnings = cost.warnings.map((w) => `  warning: ${w.message}\n`).join('');
  await write(
    io.stdout,
    `${String(won)} won of mobile money costs\n` +
      `  ${kpw(cost.cashKpw)} in cash at KPW ${String(MOBILE_WON_PRICE.cashKpwPerWon)} a won ${cite(priceSources)}\n` +
      `  ${money(cost.cny)} or ${money(cost.usd)} at ${describeTable(cost.rateTableId)}\n${warnings}`,
  );
  return EXIT.ok;
}
