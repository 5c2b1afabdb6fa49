import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as cap from '../src/cap/index.js';
import * as exchange from '../src/exchange/index.js';
import * as rental from '../src/rental/index.js';
import * as sources from '../src/sources.js';
import * as ussd from '../src/ussd/index.js';

// Results are frozen all the way down: every object and array a public function returns, and
// every one reachable from it, is frozen, so a caller cannot change what another caller (or the
// library's own tables) sees. Results hold no `Date` (instants come back as ISO strings), since a
// Date's time cannot be frozen. Functions in a result (`reveal`, the facade's methods) hold no
// data and are not looked into, nor is an audit finding's `transfer`: it is the caller's own row,
// given back as it came. The audit's findings themselves (each row and its violations) are not
// frozen, as documented: freezing them slowed an audit of a log full of violations by a third.

/** The paths of the objects reachable from `value` that are not frozen, or that are Dates. */
function unfrozen(value: unknown, path = '(result)', seen = new Set<object>(callers)): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Date) return [`${path} is a Date`];
  const out = Object.isFrozen(value) ? [] : [path];
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && 'value' in descriptor) {
      out.push(...unfrozen(descriptor.value, `${path}.${String(key)}`, seen));
    }
  }
  return out;
}

const PIN = '482915';
const A = '0191 234 5678';
const B = '0195 123 4567';
const AT = '2020-06-08T10:00:00+09:00';
const transferInput = { carrier: 'koryolink', amount: 300, recipient: A, pin: PIN } as const;
const log = [
  { at: '2020-06-08T09:00:00+09:00', sender: A, recipient: B, amount: 300 },
  { at: '2020-06-08T18:00:00+09:00', sender: A, recipient: B, amount: 300 },
] as const;
/** The caller's own objects, which a result may hold as they came. */
const callers: readonly object[] = log;
const mm = root.createMobileMoney();
const checkInput = {
  history: [{ at: '2020-06-08T09:00:00+09:00', amount: 300, recipient: B }],
  proposed: { at: AT, amount: 200, recipient: B },
} as const;

async function collect<T>(items: AsyncIterable<T>): Promise<readonly T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return Object.freeze(out);
}

/** Each public function (by entry point and name), called with valid input. */
const targets: Readonly<Record<string, () => unknown>> = {
  'ussd.buildTransferUssd': () => ussd.buildTransferUssd(transferInput),
  'ussd.safeBuildTransferUssd': () => ussd.safeBuildTransferUssd(transferInput),
  'ussd.parseTransferUssd': () => ussd.parseTransferUssd(`*999*300*01912345678*${PIN}#`),
  'ussd.safeParseTransferUssd': () => ussd.safeParseTransferUssd(`*999*300*01912345678*${PIN}#`),
  'ussd.parseKpPhoneNumber': () => ussd.parseKpPhoneNumber(A),
  'ussd.safeParseKpPhoneNumber': () => ussd.safeParseKpPhoneNumber(A),
  'ussd.redactUssd': () => ussd.redactUssd(`*999*300*01912345678*${PIN}#`),
  'ussd.toTelUri': () => ussd.toTelUri(ussd.buildTransferUssd(transferInput)),
  'ussd.ussdFacts': () => ussd.ussdFacts(),
  'ussd.isKpmmError': () => ussd.isKpmmError(new Error('x')),
  'cap.policyAt': () => cap.policyAt(AT),
  'cap.safePolicyAt': () => cap.safePolicyAt(AT),
  'cap.parsePolicy': () => cap.parsePolicy(structuredClone(cap.LIMITS_2022)),
  'cap.safeParsePolicy': () => cap.safeParsePolicy(structuredClone(cap.LIMITS_2022)),
  'cap.checkTransfer (allowed)': () =>
    cap.checkTransfer({ history: [], proposed: checkInput.proposed }),
  'cap.checkTransfer': () => cap.checkTransfer(checkInput),
  'cap.safeCheckTransfer': () => cap.safeCheckTransfer(checkInput),
  'cap.scheduleTransfers': () =>
    cap.scheduleTransfers({ totalWon: 1_200, from: AT, recipients: [A] }),
  'cap.safeScheduleTransfers': () =>
    cap.safeScheduleTransfers({ totalWon: 1_200, from: AT, recipients: [A] }),
  'cap.auditTransfers': () => collect(cap.auditTransfers(log)),
  'cap.auditTransfersSync': () => Object.freeze([...cap.auditTransfersSync(log)]),
  'cap.createAuditor': () => {
    const audit = cap.createAuditor();
    return Object.freeze([audit(log[0]), audit(log[1])]);
  },
  'cap.capFacts': () => cap.capFacts(),
  'cap.policyToSql': () => cap.policyToSql({ dialect: 'duckdb', table: 't' }),
  'cap.pyongyangDate': () => cap.pyongyangDate(AT),
  'cap.startOfNextPyongyangDay': () => cap.startOfNextPyongyangDay(AT),
  'cap.startOfNextPyongyangMonth': () => cap.startOfNextPyongyangMonth(AT),
  'cap.isKpmmError': () => cap.isKpmmError(new Error('x')),
  'exchange.mobileWonToCash': () => exchange.mobileWonToCash(500),
  'exchange.safeMobileWonToCash': () => exchange.safeMobileWonToCash(500),
  'exchange.cashToMobileWon': () => exchange.cashToMobileWon(40_000),
  'exchange.safeCashToMobileWon': () => exchange.safeCashToMobileWon(40_000),
  'exchange.isRateTable': () => exchange.isRateTable(exchange.DEFAULT_RATE_TABLE),
  'exchange.parseRateTable': () =>
    exchange.parseRateTable(structuredClone(exchange.DEFAULT_RATE_TABLE)),
  'exchange.safeParseRateTable': () =>
    exchange.safeParseRateTable(structuredClone(exchange.DEFAULT_RATE_TABLE)),
  'exchange.rateTableAt': () => exchange.rateTableAt(AT),
  'exchange.rateTableAt (a gap)': () => exchange.rateTableAt('2030-01-01T00:00:00Z'),
  'exchange.safeRateTableAt': () => exchange.safeRateTableAt(AT),
  'exchange.convertMoney': () => exchange.convertMoney({ currency: 'CNY', minor: 1_000 }, 'USD'),
  'exchange.safeConvertMoney': () =>
    exchange.safeConvertMoney({ currency: 'CNY', minor: 1_000 }, 'USD'),
  'exchange.mobileWonCost': () => exchange.mobileWonCost(500, { currency: 'CNY' }),
  'exchange.safeMobileWonCost': () => exchange.safeMobileWonCost(500, { currency: 'CNY' }),
  'exchange.exchangeFacts': () => exchange.exchangeFacts(),
  'exchange.isKpmmError': () => exchange.isKpmmError(new Error('x')),
  'rental.quoteRental': () =>
    rental.quoteRental({ region: 'north-hamgyong', destination: 'china' }),
  'rental.safeQuoteRental': () =>
    rental.safeQuoteRental({ region: 'north-hamgyong', destination: 'china' }),
  'rental.parseRentalModel': () =>
    rental.parseRentalModel(structuredClone(rental.DEFAULT_RENTAL_MODEL)),
  'rental.safeParseRentalModel': () =>
    rental.safeParseRentalModel(structuredClone(rental.DEFAULT_RENTAL_MODEL)),
  'rental.rentalFacts': () => rental.rentalFacts(),
  'rental.isKpmmError': () => rental.isKpmmError(new Error('x')),
  'sources.facts': () => sources.facts(),
  'sources.isKpmmError': () => sources.isKpmmError(new Error('x')),
  'root.createMobileMoney': () => root.createMobileMoney({ cashKpwPerWon: 80 }),
  'root.facts': () => root.facts(),
  'createMobileMoney().planTransfer': () => mm.planTransfer({ ...transferInput, at: AT }),
  'createMobileMoney().safePlanTransfer': () => mm.safePlanTransfer({ ...transferInput, at: AT }),
  'createMobileMoney().costOf': () => mm.costOf(300),
  'createMobileMoney().planGift': () =>
    mm.planGift({ cashKpw: 1_000_000, from: AT, recipients: [A] }),
  'createMobileMoney().safePlanGift': () =>
    mm.safePlanGift({ cashKpw: 1_000_000, from: AT, recipients: [A] }),
  'createMobileMoney().quoteRental': () =>
    mm.quoteRental({ region: 'north-hamgyong', destination: 'china' }),
  'createMobileMoney().facts': () => mm.facts(),
};

/** The audit's targets, and the paths of their findings, which are not frozen. */
const AUDITS: ReadonlySet<string> = new Set([
  'cap.auditTransfers',
  'cap.auditTransfersSync',
  'cap.createAuditor',
]);
const FINDING = /^\(result\)\.\d+(?:\.violations(?:\.\d+)?)?$/u;

const entryPoints = { root, ussd, cap, exchange, rental, sources } as const;

describe('results are frozen all the way down', () => {
  it('every public function of every entry point, and every facade method, has a target here', () => {
    const missing: string[] = [];
    for (const [entry, module] of Object.entries(entryPoints)) {
      for (const [name, value] of Object.entries(module)) {
        // KpmmError is a class (its instances are errors, not results); schemas are zod's.
        if (typeof value !== 'function' || name === 'KpmmError') continue;
        const covered = Object.keys(targets).some(
          (label) => label.split(' ')[0]?.split('.')[1] === name,
        );
        if (!covered) missing.push(`${entry}.${name}`);
      }
    }
    for (const method of Object.keys(mm)) {
      if (typeof Reflect.get(mm, method) !== 'function') continue;
      if (!(`createMobileMoney().${method}` in targets)) missing.push(`facade.${method}`);
    }
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(targets))('%s', async (label, run) => {
    const found = unfrozen(await run());
    expect(AUDITS.has(label) ? found.filter((path) => !FINDING.test(path)) : found).toEqual([]);
  });
});
