import {
  CARRIERS,
  RECIPIENT_FORMATS,
  createMobileMoney,
  type CarrierId,
  type TransferPlan,
} from 'kp-mobile-money';
import { oneOf, parseCommandArgs, required, wholeNumber } from './args.js';
import { cite, kpw, money, pyongyangTime } from './format.js';
import { readHistory, withHistoryLines } from './history.js';
import { EXIT, write, writeJson, type CliIo } from './io.js';
import { readPin } from './pin.js';
import { RATE_TABLE_IDS, describeTable, ratesOption } from './rates.js';

const CARRIER_IDS = ['koryolink', 'kangsong'] as const satisfies readonly CarrierId[];

const HELP = `Usage: kpmm plan --carrier koryolink|kangsong --amount WON --to NUMBER --at INSTANT
                 [--history FILE.csv] [--recipient-format national|nsn] [--pin-file FILE]
                 [--rates ID] [--reveal] [--json]

Plans a mobile money transfer: the USSD string to dial, what it costs, and whether the cap
allows it. Everything else is checked before the PIN is asked for. The PIN is never taken
from an argument; it is read, in this order, from:
  --pin-file FILE   the first line of FILE, which only its owner may read (chmod 600)
  KPMM_PIN          the environment variable, when it is set
  standard input    at a terminal, typed at a prompt on standard error and not shown;
                    otherwise its first line
The plan shows the PIN masked; --reveal prints the string to dial, PIN included.

  --amount    whole won of mobile money, at least 1
  --at        an RFC 3339 instant with an offset, e.g. 2020-06-08T10:00:00+09:00
  --history   the sender's earlier transfers, CSV with the header at,recipient,amount
  --rates     price with this rate table instead of the one in force at --at:
              ${RATE_TABLE_IDS.join(', ')}

Exit codes: 0 allowed, 1 refused by the cap, 2 bad input (a bad history row is named by its
line, the header being line 1, and its column), 130 Ctrl-C at the PIN prompt.
`;

/** What the cap leaves after the planned transfer, worded as one fact. */
export function describeRemaining({
  transfers,
  amount,
}: {
  readonly transfers: number;
  readonly amount: number;
}): string {
  if (transfers === 0) return 'it is the last transfer the cap allows that day';
  const more = transfers === 1 ? 'one more transfer' : `${String(transfers)} more transfers`;
  return `after it, ${more} of at most ${String(amount)} won in all that day`;
}

function describePlan(plan: TransferPlan, dial: string | null): string {
  const { ussd, cost, cap } = plan;
  const carrier = CARRIERS[ussd.carrier];
  const next =
    cap.allowed || cap.nextAllowedAt === null
      ? 'never (the amount is over the limit)'
      : `${pyongyangTime(cap.nextAllowedAt)} Pyongyang time (${cap.nextAllowedAt})`;
  const capLine = cap.allowed
    ? `allowed on ${cap.day} (Pyongyang) under ${cap.policyId}; ${describeRemaining(cap.remaining)}`
    : `REFUSED on ${cap.day} (Pyongyang) under ${cap.policyId}: ${cap.violations.map((v) => `${v.code} (limit ${String(v.limit)}, would reach ${String(v.attempted)})`).join('; ')}; next allowed ${next}`;
  return [
    `Transfer plan (${carrier.name}, *${ussd.serviceCode}*) ${cite(carrier.sources)}`,
    dial === null
      ? `  dial        ${ussd.redacted}   (PIN masked; --reveal prints it)`
      : `  dial        ${dial}`,
    `  amount      ${String(ussd.amount)} won of mobile money`,
    `  recipient   ${ussd.recipient.e164} (${ussd.recipient.owner})`,
    `  cost        ${kpw(cost.cashKpw)} cash [dailynk-2020-06-gifting]; ${money(cost.cny)}; ${money(cost.usd)} at ${describeTable(cost.rateTableId)}`,
    `  cap         ${capLine}`,
    `  warnings    ${plan.warnings.length === 0 ? 'none' : plan.warnings.map((w) => w.message).join('; ')}`,
    `  sources     ${cite(plan.sources)}`,
    '',
  ].join('\n');
}

/** A valid PIN that stands in for the real one while the rest of the input is checked. */
const PLACEHOLDER_PIN = '000000';

export async function runPlan(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('plan', argv, {
    carrier: { type: 'string' },
    amount: { type: 'string' },
    to: { type: 'string' },
    at: { type: 'string' },
    history: { type: 'string' },
    'recipient-format': { type: 'string' },
    'pin-file': { type: 'string' },
    rates: { type: 'string' },
    reveal: { type: 'boolean' },
  });
  if (values.help === true) {
    await write(io.stdout, HELP);
    return EXIT.ok;
  }
  const carrier = oneOf(
    'plan',
    'carrier',
    required('plan', 'carrier', values.carrier),
    CARRIER_IDS,
  );
  const amount = wholeNumber('plan', '--amount', required('plan', 'amount', values.amount), {
    min: 1,
    unit: 'won',
  });
  const recipient = required('plan', 'to', values.to);
  const at = required('plan', 'at', values.at);
  const format = values['recipient-format'];
  const recipientFormat =
    format === undefined ? undefined : oneOf('plan', 'recipient-format', format, RECIPIENT_FORMATS);
  const historyFile = values.history;
  const history =
    historyFile === undefined ? { entries: [], lines: [] } : await readHistory('plan', historyFile);
  const rates = ratesOption('plan', values.rates);
  const mm = createMobileMoney({
    ...(recipientFormat === undefined ? {} : { recipientFormat }),
    ...(rates === undefined ? {} : { rates }),
  });
  const planWith = (pin: string) =>
    withHistoryLines('plan', historyFile, history, () =>
      mm.planTransfer({ carrier, amount, recipient, pin, at, history: history.entries }),
    );
  // Everything but the PIN is checked first, so that a typo never costs a PIN entry.
  planWith(PLACEHOLDER_PIN);
  const pinFile = values['pin-file'];
  const pin = await readPin(io, pinFile === undefined ? {} : { file: pinFile });
  const plan = planWith(pin);
  const dial = values.reveal === true ? plan.ussd.reveal() : null;
  if (values.json === true) {
    await writeJson(io.stdout, dial === null ? plan : { ...plan, dial });
  } else {
    await write(io.stdout, describePlan(plan, dial));
  }
  return plan.allowed ? EXIT.ok : EXIT.violated;
}
