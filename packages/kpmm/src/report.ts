import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CARRIERS,
  DAILY_CAP_2020,
  DEFAULT_RATE_TABLE,
  DESTINATIONS,
  DESTINATION_IDS,
  LIMITS_2022,
  MOBILE_MONEY_RMB_AGREEMENT,
  MOBILE_WON_PRICE,
  POLICIES,
  POLICY_IDS,
  REGIONS,
  REGION_IDS,
  RENTAL_PRICE_RANGE,
  RENTAL_USD_RATE,
  createMobileMoney,
  type CarrierId,
} from 'kp-mobile-money';
import { parseCommandArgs } from './args.js';
import { auditLog } from './auditLog.js';
import { cite, kpw, money, table } from './format.js';
import { reportHtml } from './html/reportHtml.js';
import { htmlTarget, writeHtml } from './html/writeHtml.js';
import { EXIT, UsageError, write, writeJson, type CliIo } from './io.js';

const HELP = `Usage: kpmm report [--json | --html FILE|-]

The analyst's worked report from the built-in facts: the gift price table, a sample transfer
plan for each carrier (PIN masked), the cap rules with a next-allowed example, rental quotes
for every region and destination, and an audit of the bundled synthetic transfer log. Every
figure is followed by the ids of its sources (see kpmm facts); counts over the synthetic log
are marked [synthetic sample], and the made-up inputs of the examples [example input].

--html FILE writes instead one self-contained HTML page (no script, no request: it works opened
from disk) with charts beside their data: the price of mobile money over the dated rate tables,
rental estimates against the reported range, the gift table and a timeline of the rules, each
caption citing its facts, grades and sources. '-' writes the page to standard output.
`;

/** Where the synthetic sample log ships, beside the built command. */
export const SAMPLE_LOG = fileURLToPath(
  new URL('../data/synthetic-transfer-log.csv', import.meta.url),
);

// A PIN for the samples only: it is never printed, and it does not occur in the sample numbers.
const SAMPLE_PIN = '482915';
const SAMPLE_AT = '2020-06-08T10:00:00+09:00';
const SAMPLES: readonly { carrier: CarrierId; amount: number; recipient: string }[] = [
  { carrier: 'koryolink', amount: 300, recipient: '0191 234 5678' },
  { carrier: 'kangsong', amount: 200, recipient: '0195 765 4321' },
];
const GIFTS = [200, 300, 400, 500] as const;

/**
 * Labels that stand where a source id would, for figures that no source reports: counts over
 * the bundled synthetic log, and the made-up inputs of the examples.
 */
export const REPORT_LABELS = {
  syntheticSample: '[synthetic sample]',
  exampleInput: '[example input]',
} as const;

/** The sources of the built-in policy with this id, so a decision cites the rule that made it. */
function policySources(policyId: string): readonly string[] {
  return Object.values(POLICIES).find((policy) => policy.id === policyId)?.sources ?? [];
}

/** The sources of several policies, each id once, in the order first met. */
function policiesSources(policyIds: Iterable<string>): readonly string[] {
  return [...new Set([...policyIds].flatMap(policySources))];
}

export async function runReport(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('report', argv, { html: { type: 'string' } });
  if (values.help === true) {
    await write(io.stdout, HELP);
    return EXIT.ok;
  }
  if (values.html !== undefined) {
    if (values.json === true) throw new UsageError('kpmm report: give --json or --html, not both');
    const target = htmlTarget('report', values.html, { stdout: true });
    await writeHtml('report', target, await reportHtml(), io);
    return EXIT.ok;
  }
  const mm = createMobileMoney();
  const priceSources = MOBILE_WON_PRICE.sources;
  const rateSources = [DEFAULT_RATE_TABLE.source];

  const gifts = GIFTS.map((won) => ({ won, ...mm.costOf(won) }));
  const plans = SAMPLES.map((s) => mm.planTransfer({ ...s, pin: SAMPLE_PIN, at: SAMPLE_AT }));
  const first = { at: SAMPLE_AT, amount: 300, recipient: '0191 234 5678' };
  const second = mm.planTransfer({
    carrier: 'koryolink',
    amount: 200,
    recipient: '0192 345 6789',
    pin: SAMPLE_PIN,
    at: '2020-06-08T18:00:00+09:00',
    history: [first],
  });
  const quotes = REGION_IDS.flatMap((region) =>
    DESTINATION_IDS.map((destination) => mm.quoteRental({ region, destination })),
  );
  const audit = await auditLog(createReadStream(SAMPLE_LOG), {
    source: 'kpmm report: synthetic-transfer-log.csv',
  });
  // The policies that made the audit's findings, so the counts cite the rules they count.
  const findingPolicies = Object.keys(audit.byPolicy);

  if (values.json === true) {
    await writeJson(io.stdout, {
      gifts: gifts.map((g) => ({ ...g, sources: [...priceSources, ...rateSources] })),
      plans,
      cap: {
        policies: [DAILY_CAP_2020, LIMITS_2022],
        example: { history: [first], refused: second },
      },
      rentals: quotes,
      audit: { log: 'synthetic-transfer-log.csv (synthetic, for demonstration)', ...audit },
    });
    return EXIT.ok;
  }

  const secondSources = policySources(second.cap.policyId);
  const out: string[] = [];
  out.push('kp-mobile-money report: North Korean mobile money, as Daily NK reported it', '');
  out.push(
    `1. Gift prices: KPW ${String(MOBILE_WON_PRICE.cashKpwPerWon)} cash buys one won of mobile money ${cite(priceSources)};`,
    `   yuan and dollars at the ${DEFAULT_RATE_TABLE.asOf} ${DEFAULT_RATE_TABLE.place} market rates (${kpw(DEFAULT_RATE_TABLE.kpwPerUnit.USD)} a dollar, ${kpw(DEFAULT_RATE_TABLE.kpwPerUnit.CNY)} a yuan) ${cite(rateSources)}`,
    '',
    table([
      ['mobile won', 'cash', 'yuan', 'dollars'],
      ...gifts.map((g) => [
        `${String(g.won)} won`,
        `${kpw(g.cashKpw)} ${cite(priceSources)}`,
        `${money(g.cny)} ${cite(rateSources)}`,
        `${money(g.usd)} ${cite(rateSources)}`,
      ]),
    ]),
    `   ${String(MOBILE_MONEY_RMB_AGREEMENT.mobileWon)} won = ${money(MOBILE_MONEY_RMB_AGREEMENT.computed)} agrees with the 2022 report that ${String(MOBILE_MONEY_RMB_AGREEMENT.mobileWon)} won costs ${money(MOBILE_MONEY_RMB_AGREEMENT.reported)} ${cite(MOBILE_MONEY_RMB_AGREEMENT.sources)}`,
    '',
  );
  out.push(
    `2. Sample transfer plans (PIN masked) on 2020-06-08 10:00 Pyongyang time ${REPORT_LABELS.exampleInput}`,
    '',
  );
  for (const plan of plans) {
    const carrier = CARRIERS[plan.ussd.carrier];
    out.push(
      `   ${carrier.name}: dial ${plan.ussd.redacted} ${cite(carrier.sources)}`,
      `     ${String(plan.ussd.amount)} won to ${plan.ussd.recipient.e164}, costs ${kpw(plan.cost.cashKpw)} ${cite(priceSources)}; ${plan.allowed ? 'allowed' : 'refused'} under ${plan.cap.policyId} ${cite(policySources(plan.cap.policyId))}`,
    );
  }
  out.push('');
  out.push(
    '3. The cap',
    `   ${DAILY_CAP_2020.label}: from ${DAILY_CAP_2020.effectiveFrom} ${cite(DAILY_CAP_2020.sources)}`,
    `   ${LIMITS_2022.label}: from ${LIMITS_2022.effectiveFrom} ${cite(LIMITS_2022.sources)}`,
    `   Example: after ${String(first.amount)} won at 10:00, a second transfer at 18:00 the same Pyongyang day is ${second.allowed ? 'allowed' : 'refused'} under ${second.cap.policyId} ${cite(secondSources)}`,
  );
  if (!second.cap.allowed) {
    out.push(
      `     ${second.cap.violations.map((v) => `${v.code} (limit ${String(v.limit)}, would reach ${String(v.attempted)})`).join('; ')} ${cite(secondSources)}`,
      `     next allowed at ${second.cap.nextAllowedAt ?? 'never'} (midnight in Pyongyang) ${cite(['tzdb-asia-pyongyang'])}`,
    );
  }
  out.push('');
  out.push(
    `4. Renting a Chinese phone: ${money(RENTAL_PRICE_RANGE.min)} to ${money(RENTAL_PRICE_RANGE.max)} per borrowing ${cite(RENTAL_PRICE_RANGE.sources)};`,
    `   estimates are the library's model (assumed), dollars at ${RENTAL_USD_RATE.label} (rate as of ${RENTAL_USD_RATE.asOf}) ${cite(RENTAL_USD_RATE.sources)}`,
    '',
    table([
      ['region', 'to China', 'to South Korea', 'sources (range, then model)'],
      ...REGION_IDS.map((region) => {
        const row = quotes.filter((q) => q.region === region);
        return [
          REGIONS[region].name,
          ...row.map((q) => `${money(q.estimate)} (${money(q.usd.estimate)})`),
          cite([...new Set(row.flatMap((q) => q.sources))]),
        ];
      }),
    ]),
    `   sources of the model's inputs ${cite([...new Set(REGION_IDS.flatMap((id) => REGIONS[id].sources))])}, fines ${cite(DESTINATIONS.china.sources)}`,
    '',
  );
  out.push(
    '5. Audit of the bundled sample log (SYNTHETIC: made-up numbers and times, not real transfers)',
    `   ${String(audit.rows)} rows ${REPORT_LABELS.syntheticSample}, each judged by the policy in force at its date ${cite(policiesSources(POLICY_IDS))}`,
    `   ${String(audit.violating)} rows broke a rule: ${Object.entries(audit.byCode)
      .map(([code, n]) => `${code} ${String(n)}`)
      .join(', ')} ${REPORT_LABELS.syntheticSample} ${cite(policiesSources(findingPolicies))}`,
    '',
    'Grades, values and sources of every figure: kpmm facts. Sources: docs/REFERENCE.md.',
    '',
  );
  await write(io.stdout, out.join('\n'));
  return EXIT.ok;
}
