import {
  CRACKDOWN_IDS,
  DESTINATION_IDS,
  REGIONS,
  REGION_IDS,
  createMobileMoney,
  type RentalQuote,
} from 'kp-mobile-money';
import { oneOf, parseCommandArgs, required } from './args.js';
import { cite, money } from './format.js';
import { EXIT, write, writeJson, type CliIo } from './io.js';

const HELP = `Usage: kpmm rental --region REGION --destination DEST [--crackdown normal|intensified] [--json]

The price of renting a Chinese phone for one call. The range RMB 50-200 is reported; the
estimate inside it is the library's documented model.

  --region       ${REGION_IDS.join(', ')}
  --destination  china, south-korea
  --crackdown    normal (default) or intensified
`;

/** The text form of a quote: the reported range, the modelled estimate and every assumption. */
export function describeQuote(quote: RentalQuote): string {
  const region = REGIONS[quote.region].name;
  const { asOf } = quote.usd.rate;
  const dated = asOf === null ? 'undated rate' : `rate as of ${asOf}`;
  return (
    `Renting a Chinese phone in ${region} to call ${quote.destination === 'china' ? 'China' : 'South Korea'} (crackdown: ${quote.crackdown})\n` +
    `  reported range  ${money(quote.reported.min)} to ${money(quote.reported.max)} per borrowing [dailynk-2020-06-rentals]\n` +
    `  estimate        ${money(quote.estimate)} (modelled; risk score ${quote.riskScore.toFixed(2)})\n` +
    `  in dollars      ${money(quote.usd.estimate)}, range ${money(quote.usd.min)} to ${money(quote.usd.max)} at ${quote.usd.rate.label} (${dated})\n` +
    `  sources         ${cite(quote.sources)}\n` +
    `  assumptions\n${quote.assumptions.map((a) => `    - ${a}`).join('\n')}\n`
  );
}

export async function runRental(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('rental', argv, {
    region: { type: 'string' },
    destination: { type: 'string' },
    crackdown: { type: 'string' },
  });
  if (values.help === true) {
    await write(io.stdout, HELP);
    return EXIT.ok;
  }
  const region = oneOf('rental', 'region', required('rental', 'region', values.region), REGION_IDS);
  const destination = oneOf(
    'rental',
    'destination',
    required('rental', 'destination', values.destination),
    DESTINATION_IDS,
  );
  const crackdown =
    values.crackdown === undefined
      ? undefined
      : oneOf('rental', 'crackdown', values.crackdown, CRACKDOWN_IDS);
  const quote = createMobileMoney().quoteRental({
    region,
    destination,
    ...(crackdown === undefined ? {} : { crackdown }),
  });
  if (values.json === true) await writeJson(io.stdout, quote);
  else await write(io.stdout, describeQuote(quote));
  return EXIT.ok;
}
