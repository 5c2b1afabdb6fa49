// The JSON Schemas of the public inputs, made from the zod schemas with z.toJSONSchema. Pure: the
// script (scripts/schemas.mjs) renders them from the build, the test from the sources, and both
// must give the committed files. Types are in json-schemas.d.mts.
import * as z from 'zod/mini';

const INSTANT_RULE =
  'a JavaScript Date is also accepted; a string must name a day and time that exist (no 30 February, no hour 24)';
const MODEL_OVERRIDE_RULE =
  'a model override, once the default model fills its gaps, must keep the rules of a RentalModel (the largest level and weights add up to at most 100 points, south-korea ≥ china, intensified ≥ normal, toFen ≥ fromFen)';
const PHONE_RULE =
  'a string must be a North Korean mobile number parseKpPhoneNumber accepts (any separators, 0 or +850 prefix); a parsed number must have nsn, national, e164 and owner that agree';

/**
 * Every schema written to schemas/, in order. `module` names the entry point that exports it
 * (`root` is `kp-mobile-money` itself). `notExpressed` lists, by path, the rules the library
 * checks that JSON Schema cannot state; a test keeps it in step with the zod schema.
 */
export const SCHEMA_FILES = Object.freeze([
  {
    file: 'transfer-input.json',
    module: 'ussd',
    name: 'TransferInputSchema',
    title: 'TransferInput',
    description:
      'The input of buildTransferUssd: carrier, whole amount of won of mobile money, recipient and six-digit PIN.',
    notExpressed: [
      {
        path: 'recipient',
        rule: PHONE_RULE,
      },
    ],
  },
  {
    file: 'check-transfer-input.json',
    module: 'cap',
    name: 'CheckTransferInputSchema',
    title: 'CheckTransferInput',
    description:
      'The input of checkTransfer: the sender’s earlier transfers, the proposed one, and an optional policy.',
    notExpressed: [
      { path: 'history[].at', rule: INSTANT_RULE },
      { path: 'history[].recipient', rule: PHONE_RULE },
      {
        path: 'policy.rules',
        rule: 'exactly one sender-daily rule and at most one recipient-monthly rule',
      },
      { path: 'proposed.at', rule: INSTANT_RULE },
      { path: 'proposed.recipient', rule: PHONE_RULE },
    ],
  },
  {
    file: 'policy.json',
    module: 'cap',
    name: 'PolicySchema',
    title: 'TransferPolicy',
    description:
      'A transfer policy: its rules, window, time zone (Asia/Pyongyang) and the date it took effect.',
    notExpressed: [
      {
        path: 'rules',
        rule: 'exactly one sender-daily rule and at most one recipient-monthly rule',
      },
    ],
  },
  {
    file: 'audit-transfer.json',
    module: 'cap',
    name: 'AuditTransferSchema',
    title: 'AuditTransfer',
    description:
      'One row of a transfer log for auditTransfers: when, from whom, to whom, how much.',
    notExpressed: [
      { path: 'at', rule: INSTANT_RULE },
      { path: 'recipient', rule: PHONE_RULE },
      { path: 'sender', rule: PHONE_RULE },
    ],
  },
  {
    file: 'history-entry.json',
    module: 'cap',
    name: 'HistoryEntrySchema',
    title: 'HistoryEntry',
    description:
      'One earlier transfer of the sender, or the proposed one: when, how much, to whom.',
    notExpressed: [
      { path: 'at', rule: INSTANT_RULE },
      { path: 'recipient', rule: PHONE_RULE },
    ],
  },
  {
    file: 'rate-table.json',
    module: 'exchange',
    name: 'RateTableSchema',
    title: 'RateTable',
    description:
      'A dated table of market exchange rates: whole KPW per US dollar and per yuan, and per euro when known.',
    notExpressed: [],
  },
  {
    file: 'money.json',
    module: 'root',
    name: 'MoneySchema',
    title: 'Money',
    description:
      'An amount of money as a currency and a whole number of minor units (fen, cents; KPW in whole won).',
    notExpressed: [],
  },
  {
    file: 'rental-quote-input.json',
    module: 'rental',
    name: 'RentalQuoteInputSchema',
    title: 'RentalQuoteInput',
    description:
      'The input of quoteRental: region, destination, crackdown, and optional overrides of the model and the yuan-dollar rate.',
    notExpressed: [
      {
        path: '',
        rule: MODEL_OVERRIDE_RULE,
      },
    ],
  },
  {
    file: 'rental-model.json',
    module: 'rental',
    name: 'RentalModelSchema',
    title: 'RentalModel',
    description:
      'A whole rental pricing model: risk points per region, destination and crackdown, and the mapping of points onto a price in fen.',
    notExpressed: [
      {
        path: '',
        rule: 'the largest region level and the largest weights add up to at most 100 points; south-korea ≥ china; intensified ≥ normal; toFen ≥ fromFen',
      },
    ],
  },
  {
    file: 'mobile-money-config.json',
    module: 'root',
    name: 'MobileMoneyConfigSchema',
    title: 'MobileMoneyConfig',
    description:
      'The config of createMobileMoney: a policy, the cash price of one won (null or absent for the default), a rate table, a rental model override and a recipient format, each optional; no other field.',
    notExpressed: [
      {
        path: 'policy.rules',
        rule: 'exactly one sender-daily rule and at most one recipient-monthly rule',
      },
      {
        path: 'rentalModel',
        rule: MODEL_OVERRIDE_RULE,
      },
    ],
  },
  {
    file: 'plan-transfer-input.json',
    module: 'root',
    name: 'PlanTransferInputSchema',
    title: 'PlanTransferInput',
    description:
      'The input of planTransfer: carrier, whole amount of won, recipient, six-digit PIN, when, and the sender’s earlier transfers (null or absent for none); other fields are ignored. planTransfer also refuses, as out_of_range, an amount whose cost passes 2^53 − 1 in cash KPW at the bound price or in fen or cents at the bound rates (by default, more than 120095990063213 won).',
    notExpressed: [
      { path: 'at', rule: INSTANT_RULE },
      { path: 'history[].at', rule: INSTANT_RULE },
      { path: 'history[].recipient', rule: PHONE_RULE },
      { path: 'recipient', rule: PHONE_RULE },
    ],
  },
  {
    file: 'schedule-transfers-input.json',
    module: 'cap',
    name: 'ScheduleTransfersInputSchema',
    title: 'ScheduleTransfersInput',
    description:
      'The input of scheduleTransfers: the whole won to deliver, the earliest instant, the recipients, and optionally the sender’s earlier transfers and a policy. scheduleTransfers also refuses a total no schedule reaches (no recipient, or a limit of zero: unreachable_total) and one needing more than MAX_SCHEDULED_TRANSFERS (1000) transfers (out_of_range).',
    notExpressed: [
      { path: 'from', rule: INSTANT_RULE },
      { path: 'history[].at', rule: INSTANT_RULE },
      { path: 'history[].recipient', rule: PHONE_RULE },
      {
        path: 'policy.rules',
        rule: 'exactly one sender-daily rule and at most one recipient-monthly rule',
      },
      { path: 'recipients[]', rule: PHONE_RULE },
    ],
  },
  {
    file: 'plan-gift-input.json',
    module: 'root',
    name: 'PlanGiftInputSchema',
    title: 'PlanGiftInput',
    description:
      'The input of planGift: won of mobile money or cash KPW to spend (exactly one), the earliest instant, the recipients, the sender’s carrier and earlier transfers (null or absent for none). planGift also refuses what scheduleTransfers refuses for a valid input.',
    notExpressed: [
      { path: '', rule: 'exactly one of won and cashKpw' },
      { path: 'from', rule: INSTANT_RULE },
      { path: 'history[].at', rule: INSTANT_RULE },
      { path: 'history[].recipient', rule: PHONE_RULE },
      { path: 'recipients[]', rule: PHONE_RULE },
    ],
  },
]);

/** A `Date` has no JSON form: the branch matches nothing, and the description says what to send. */
function unrepresentable({ zodSchema }) {
  if (zodSchema._zod.def.type === 'date') {
    return {
      not: {},
      description:
        'A JavaScript Date, which JSON cannot carry: send epoch milliseconds or an RFC 3339 string instead.',
    };
  }
  return 'throw';
}

/** The JSON Schema object of one entry of SCHEMA_FILES, given its zod schema. */
export function toJsonSchema(entry, schema) {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable });
  const out = { $schema, title: entry.title, description: entry.description };
  if (entry.notExpressed.length > 0) {
    out.$comment = `Checked by kp-mobile-money but not expressed here: ${entry.notExpressed
      .map(({ path, rule }) => `${path === '' ? 'the whole input' : path}: ${rule}`)
      .join('; ')}.`;
  }
  return { ...out, ...rest };
}

/** The text of one schema file: two-space JSON and a final newline. */
export function renderJsonSchema(entry, schema) {
  return `${JSON.stringify(toJsonSchema(entry, schema), null, 2)}\n`;
}

/**
 * The paths inside a zod schema where a rule lives that JSON Schema cannot state: a refinement
 * (`.check(z.refine(…))`, `z.superRefine`), a `Date`, a transform or a custom type. Object keys
 * are joined with `.`, array elements are `[]`, the schema itself is `''`; sorted, each once.
 */
export function unexpressedPaths(schema) {
  const found = new Set();
  const join = (path, key) => (path === '' ? key : `${path}.${key}`);
  const visit = (node, path) => {
    const def = node._zod.def;
    if ((def.checks ?? []).some((c) => c._zod.def.check === 'custom')) found.add(path);
    switch (def.type) {
      case 'date':
      case 'transform':
      case 'custom':
        found.add(path);
        break;
      case 'object':
        for (const [k, v] of Object.entries(def.shape)) visit(v, join(path, k));
        break;
      case 'array':
        visit(def.element, `${path}[]`);
        break;
      case 'union':
        for (const option of def.options) visit(option, path);
        break;
      case 'pipe':
        visit(def.in, path);
        visit(def.out, path);
        break;
      case 'intersection':
        visit(def.left, path);
        visit(def.right, path);
        break;
      case 'record':
        visit(def.keyType, path);
        visit(def.valueType, `${path}[]`);
        break;
      case 'tuple':
        for (const item of def.items) visit(item, `${path}[]`);
        if (def.rest) visit(def.rest, `${path}[]`);
        break;
      default:
        if (def.innerType) visit(def.innerType, path);
    }
  };
  visit(schema, '');
  return [...found].sort();
}
