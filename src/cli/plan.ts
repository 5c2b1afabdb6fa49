import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import {
  CARRIERS,
  RECIPIENT_FORMATS,
  createMobileMoney,
  type CarrierId,
  type HistoryEntry,
  type TransferPlan,
} from '../index.js';
import { oneOf, parseCommandArgs, required, wholeNumber } from './args.js';
import { cite, kpw, money } from './format.js';
import { EXIT, UsageError, write, writeJson, type CliIo } from './io.js';
import { readPin } from './pin.js';

const CARRIER_IDS = ['koryolink', 'kangsong'] as const satisfies readonly CarrierId[];

const HELP = `Usage: kpmm plan --carrier koryolink|kangsong --amount WON --to NUMBER --at INSTANT
                 [--history FILE.csv] [--recipient-format national|nsn] [--reveal] [--json]

Plans a mobile money transfer: the USSD string to dial, what it costs, and whether the cap
allows it. The PIN is read from the KPMM_PIN environment variable when it is set, otherwise
from the first line of standard input; never from an argument. The plan shows the PIN masked;
--reveal prints the string to dial, PIN included.

  --at        an RFC 3339 instant with an offset, e.g. 2020-06-08T10:00:00+09:00
  --history   the sender's earlier transfers, CSV with the header at,recipient,amount

Exit codes: 0 allowed, 1 refused by the cap, 2 bad input.
`;

async function readHistory(file: string): Promise<HistoryEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`kpmm plan: cannot read the history file '${file}'`);
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    throw new UsageError(`kpmm plan: ${file}: ${message}`);
  }
  const [header, ...rows] = records;
  if (header?.join(',') !== 'at,recipient,amount') {
    throw new UsageError(`kpmm plan: ${file}: line 1: the header must be at,recipient,amount`);
  }
  return rows.map(([at = '', recipient = '', amount = ''], i) => ({
    at,
    amount: wholeNumber('plan', `${file}: line ${String(i + 2)}: amount`, amount),
    ...(recipient === '' ? {} : { recipient }),
  }));
}

function describePlan(plan: TransferPlan, dial: string | null): string {
  const { ussd, cost, cap } = plan;
  const carrier = CARRIERS[ussd.carrier];
  const capLine = cap.allowed
    ? `allowed on ${cap.day} (Pyongyang) under ${cap.policyId}; ${String(cap.remaining.transfers)} transfer(s) and ${String(cap.remaining.amount)} won left that day`
    : `REFUSED on ${cap.day} (Pyongyang) under ${cap.policyId}: ${cap.violations.map((v) => `${v.code} (limit ${String(v.limit)}, would reach ${String(v.attempted)})`).join('; ')}; next allowed ${cap.nextAllowedAt ?? 'never (the amount is over the limit)'}`;
  return [
    `Transfer plan (${carrier.name}, *${ussd.serviceCode}*) ${cite(carrier.sources)}`,
    dial === null
      ? `  dial        ${ussd.redacted}   (PIN masked; --reveal prints it)`
      : `  dial        ${dial}`,
    `  amount      ${String(ussd.amount)} won of mobile money`,
    `  recipient   ${ussd.recipient.e164} (${ussd.recipient.owner})`,
    `  cost        ${kpw(cost.cashKpw)} cash [dailynk-2020-06-gifting]; ${money(cost.cny)}; ${money(cost.usd)} [dailynk-market-rates]`,
    `  cap         ${capLine}`,
    `  warnings    ${plan.warnings.length === 0 ? 'none' : plan.warnings.map((w) => w.message).join('; ')}`,
    `  sources     ${cite(plan.sources)}`,
    '',
  ].join('\n');
}

export async function runPlan(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('plan', argv, {
    carrier: { type: 'string' },
    amount: { type: 'string' },
    to: { type: 'string' },
    at: { type: 'string' },
    history: { type: 'string' },
    'recipient-format': { type: 'string' },
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
  const amount = wholeNumber('plan', '--amount', required('plan', 'amount', values.amount));
  const recipient = required('plan', 'to', values.to);
  const at = required('plan', 'at', values.at);
  const format = values['recipient-format'];
  const recipientFormat =
    format === undefined ? undefined : oneOf('plan', 'recipient-format', format, RECIPIENT_FORMATS);
  const history = values.history === undefined ? [] : await readHistory(values.history);
  const pin = await readPin(io);
  const plan = createMobileMoney(
    recipientFormat === undefined ? {} : { recipientFormat },
  ).planTransfer({
    carrier,
    amount,
    recipient,
    pin,
    at,
    history,
  });
  const dial = values.reveal === true ? plan.ussd.reveal() : null;
  if (values.json === true) {
    await writeJson(io.stdout, dial === null ? plan : { ...plan, dial });
  } else {
    await write(io.stdout, describePlan(plan, dial));
  }
  return plan.allowed ? EXIT.ok : EXIT.violated;
}
