import {
  DAILY_CAP_2020,
  LIMITS_2022,
  buildTransferUssd,
  createMobileMoney,
  type CarrierId,
  type GiftPlan,
  type TransferPolicy,
} from 'kp-mobile-money';
import { oneOf, parseCommandArgs, required, wholeNumber } from './args.js';
import { cite, kpw, money, table, whole } from './format.js';
import { EXIT, UsageError, write, writeJson, type CliIo } from './io.js';
import { readPin } from './pin.js';
import { readHistory, withHistoryLines } from './history.js';
import { RATE_TABLE_IDS, describeTable, ratesOption } from './rates.js';

const CARRIER_IDS = ['koryolink', 'kangsong'] as const satisfies readonly CarrierId[];
const FORMATS = ['text', 'json', 'csv'] as const;
const POLICY_IDS = ['DAILY_CAP_2020', 'LIMITS_2022'] as const;
const POLICY_BY_ID: Readonly<Record<(typeof POLICY_IDS)[number], TransferPolicy>> = {
  DAILY_CAP_2020,
  LIMITS_2022,
};

const HELP = `Usage: kpmm schedule (--won WON | --cash KPW) --from INSTANT --to NUMBER [--to NUMBER ...]
                     [--history FILE.csv] [--policy DAILY_CAP_2020|LIMITS_2022] [--rates ID]
                     [--format text|json|csv] [--ussd --carrier koryolink|kangsong [--pin-file FILE]]

The calendar of transfers that delivers a gift larger than one transfer may carry, as early as
the rules allow: each transfer's Pyongyang day and UTC instant, recipient and amount, the days
it takes, its cost, and the rules and rate tables used with their sources.

  --won       whole won of mobile money to deliver
  --cash      whole KPW of cash to spend, at KPW 75 a won; what is left over is the change
  --from      no transfer before this RFC 3339 instant, e.g. 2020-06-08T10:00:00+09:00
  --to        a recipient; give --to again to share the gift (under the 2022 limits each
              recipient receives once a calendar month)
  --history   the sender's earlier transfers, CSV with the header at,recipient,amount
  --policy    one policy for every date (without it, the policy in force at each date)
  --rates     one rate table for every date: ${RATE_TABLE_IDS.join(', ')}
  --format    text (the default), json (also --json) or csv (one row a transfer)
  --ussd      add the string to dial for each transfer, PIN masked; the PIN is asked for once
              (from --pin-file, KPMM_PIN or standard input, as kpmm plan reads it)

No PIN is needed otherwise: a schedule is a plan. Exit codes: 0 a schedule was found, 2 bad
input or a total no schedule can reach (e.g. more than 1,000 transfers).
`;

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The cells of each transfer, as both the text table and the CSV show them. */
function transferCells(plan: GiftPlan, ussd: readonly string[] | null): string[][] {
  return plan.transfers.map((t, i) => [
    String(i + 1),
    t.day,
    t.at,
    t.recipient.e164,
    String(t.amount),
    t.policyId,
    ...(ussd === null ? [] : [ussd[i] ?? '']),
  ]);
}

function describeSchedule(
  plan: GiftPlan,
  ussd: readonly string[] | null,
  cashKpw: number | null,
): string {
  const { transfers, cost } = plan;
  const first = transfers[0];
  const last = transfers[transfers.length - 1];
  const spent =
    cashKpw === null
      ? `${kpw(cost.cashKpw)} cash`
      : `${kpw(cashKpw)} cash buys ${whole(plan.won)} won, ${kpw(cost.changeKpw)} change`;
  const rows = [
    ['#', 'Pyongyang day', 'UTC', 'recipient', 'won', 'policy', ...(ussd === null ? [] : ['dial'])],
    ...transferCells(plan, ussd),
  ];
  const span =
    first === undefined || last === undefined
      ? 'nothing to send'
      : `${String(transfers.length)} transfer${transfers.length === 1 ? '' : 's'} over ${String(plan.days)} Pyongyang day${plan.days === 1 ? '' : 's'}, ${first.day} to ${last.day}`;
  return [
    `Gift of ${whole(plan.won)} won of mobile money: ${span}`,
    table(rows),
    `  cost      ${spent} [dailynk-2020-06-gifting]; ${money(cost.cny)}; ${money(cost.usd)} at ${cost.rateTableIds.map(describeTable).join('; ')}`,
    `  rules     ${plan.policyIds.join(', ')}`,
    `  warnings  ${plan.warnings.length === 0 ? 'none' : plan.warnings.map((w) => w.message).join('; ')}`,
    `  sources   ${cite(plan.sources)}`,
    '',
  ].join('\n');
}

export async function runSchedule(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('schedule', argv, {
    won: { type: 'string' },
    cash: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string', multiple: true },
    history: { type: 'string' },
    policy: { type: 'string' },
    rates: { type: 'string' },
    format: { type: 'string' },
    ussd: { type: 'boolean' },
    carrier: { type: 'string' },
    'pin-file': { type: 'string' },
  });
  if (values.help === true) {
    await write(io.stdout, HELP);
    return EXIT.ok;
  }
  if ((values.won === undefined) === (values.cash === undefined)) {
    throw new UsageError('kpmm schedule: give either --won or --cash');
  }
  const won =
    values.won === undefined
      ? undefined
      : wholeNumber('schedule', '--won', values.won, { min: 1, unit: 'won' });
  const cashKpw =
    values.cash === undefined
      ? undefined
      : wholeNumber('schedule', '--cash', values.cash, { min: 1, unit: 'KPW' });
  const from = required('schedule', 'from', values.from);
  const recipients = values.to ?? [];
  if (recipients.length === 0)
    throw new UsageError('kpmm schedule: --to is required (give it once per recipient)');
  const format =
    values.json === true ? 'json' : oneOf('schedule', 'format', values.format ?? 'text', FORMATS);
  const carrier =
    values.carrier === undefined
      ? undefined
      : oneOf('schedule', 'carrier', values.carrier, CARRIER_IDS);
  if (values.ussd === true && carrier === undefined) {
    throw new UsageError("kpmm schedule: --ussd needs --carrier, the sender's carrier");
  }
  const policy =
    values.policy === undefined
      ? undefined
      : POLICY_BY_ID[oneOf('schedule', 'policy', values.policy, POLICY_IDS)];
  const rates = ratesOption('schedule', values.rates);
  const history =
    values.history === undefined
      ? { entries: [], lines: [] }
      : await readHistory('schedule', values.history);
  const mm = createMobileMoney({
    ...(policy === undefined ? {} : { policy }),
    ...(rates === undefined ? {} : { rates }),
  });
  const plan = withHistoryLines('schedule', values.history, history, () =>
    mm.planGift({
      ...(won === undefined ? {} : { won }),
      ...(cashKpw === undefined ? {} : { cashKpw }),
      from,
      recipients,
      ...(carrier === undefined ? {} : { carrier }),
      history: history.entries,
    }),
  );
  let ussd: string[] | null = null;
  if (values.ussd === true && carrier !== undefined) {
    const pinFile = values['pin-file'];
    const pin = await readPin(io, pinFile === undefined ? {} : { file: pinFile });
    ussd = plan.transfers.map(
      (t) => buildTransferUssd({ carrier, amount: t.amount, recipient: t.recipient, pin }).redacted,
    );
  }
  if (format === 'json') {
    await writeJson(io.stdout, ussd === null ? plan : { ...plan, ussd });
  } else if (format === 'csv') {
    const header = [
      'n',
      'day',
      'at',
      'recipient',
      'amount',
      'policy',
      ...(ussd === null ? [] : ['ussd']),
    ];
    const lines = transferCells(plan, ussd).map((cells) => cells.map(csvField).join(','));
    await write(io.stdout, `${[header.join(','), ...lines].join('\n')}\n`);
  } else {
    await write(io.stdout, describeSchedule(plan, ussd, cashKpw ?? null));
  }
  return EXIT.ok;
}
