import { DEFAULT_RATE_TABLE, MOBILE_WON_PRICE, createMobileMoney } from 'kp-mobile-money';
import { parseCommandArgs, wholeNumber } from './args.js';
import { cite, kpw, money } from './format.js';
import { EXIT, UsageError, write, writeJson, type CliIo } from './io.js';

const HELP = `Usage: kpmm cost WON [--json]

What WON of mobile money costs: cash KPW at KPW 75 a won, and yuan and dollars at the
June 2020 Pyongyang market rates.
`;

export async function runCost(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('cost', argv, {}, { positionals: 1 });
  if (values.help === true) {
    await write(io.stdout, HELP);
    return EXIT.ok;
  }
  const [wonText] = positionals;
  if (wonText === undefined) throw new UsageError('kpmm cost: WON is required, e.g. kpmm cost 500');
  const won = wholeNumber('cost', 'WON', wonText, { min: 1, unit: 'won' });
  const cost = createMobileMoney().costOf(won);
  const priceSources = MOBILE_WON_PRICE.sources;
  const rateSources = [DEFAULT_RATE_TABLE.source];
  if (values.json === true) {
    await writeJson(io.stdout, {
      won,
      ...cost,
      cashKpwPerWon: MOBILE_WON_PRICE.cashKpwPerWon,
      rates: DEFAULT_RATE_TABLE.id,
      sources: [...priceSources, ...rateSources],
    });
    return EXIT.ok;
  }
  await write(
    io.stdout,
    `${String(won)} won of mobile money costs\n` +
      `  ${kpw(cost.cashKpw)} in cash at KPW ${String(MOBILE_WON_PRICE.cashKpwPerWon)} a won ${cite(priceSources)}\n` +
      `  ${money(cost.cny)} or ${money(cost.usd)} at the ${DEFAULT_RATE_TABLE.asOf} ${DEFAULT_RATE_TABLE.place} market rates ${cite(rateSources)}\n`,
  );
  return EXIT.ok;
}
