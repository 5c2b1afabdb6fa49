// Every type a function takes or returns can be named from that function's own entry point.
import { describe, expectTypeOf, it } from 'vitest';
import type * as root from '../src/index.js';
import type * as cap from '../src/cap/index.js';
import type * as exchange from '../src/exchange/index.js';
import type * as rental from '../src/rental/index.js';
import type * as sources from '../src/sources.js';
import type * as ussd from '../src/ussd/index.js';

describe('types named from each entry point', () => {
  it('/exchange names Money, Currency, RoundingMode, InstantInput and its facts', () => {
    expectTypeOf<ReturnType<typeof exchange.convertMoney>>().toEqualTypeOf<exchange.Money>();
    expectTypeOf<exchange.Money['currency']>().toEqualTypeOf<exchange.Currency>();
    expectTypeOf<'half-even'>().toExtend<exchange.RoundingMode>();
    expectTypeOf<
      Parameters<typeof exchange.rateTableAt>[0]
    >().toEqualTypeOf<exchange.InstantInput>();
    expectTypeOf<ReturnType<typeof exchange.exchangeFacts>>().toEqualTypeOf<
      readonly exchange.Fact[]
    >();
  });

  it('/cap names InstantInput, KpPhoneNumber and its facts', () => {
    expectTypeOf<Parameters<typeof cap.pyongyangDate>[0]>().toEqualTypeOf<cap.InstantInput>();
    expectTypeOf<cap.ScheduledTransfer['recipient']>().toEqualTypeOf<cap.KpPhoneNumber>();
    expectTypeOf<cap.KpPhoneNumber['owner']>().toEqualTypeOf<cap.KpNumberOwner>();
    expectTypeOf<ReturnType<typeof cap.capFacts>>().toEqualTypeOf<readonly cap.Fact[]>();
    expectTypeOf<cap.Fact['grade']>().toEqualTypeOf<cap.Grade>();
  });

  it('/rental names Money, RoundingMode and its facts', () => {
    expectTypeOf<rental.RentalQuote['estimate']>().toEqualTypeOf<rental.Money>();
    expectTypeOf<ReturnType<typeof rental.rentalFacts>>().toEqualTypeOf<readonly rental.Fact[]>();
    expectTypeOf<'half-up'>().toExtend<rental.RoundingMode>();
  });

  it('/ussd and /sources name Fact and SourceId, and /sources the error', () => {
    expectTypeOf<ReturnType<typeof ussd.ussdFacts>>().toEqualTypeOf<readonly ussd.Fact[]>();
    expectTypeOf<ussd.Fact['sources'][number]>().toExtend<string>();
    expectTypeOf<ReturnType<typeof sources.facts>>().toEqualTypeOf<readonly sources.Fact[]>();
    expectTypeOf<sources.KpmmError>().toHaveProperty('issues');
    expectTypeOf<typeof sources.isKpmmError>().returns.toEqualTypeOf<boolean>();
  });

  it('a plan cites SourceId, and a parsed number names no zod type', () => {
    expectTypeOf<root.TransferPlan['sources']>().toEqualTypeOf<readonly root.SourceId[]>();
    expectTypeOf<root.GiftPlan['sources']>().toEqualTypeOf<readonly root.SourceId[]>();
    expectTypeOf<keyof ussd.KpPhoneNumber>().not.toEqualTypeOf<string>();
    expectTypeOf<ussd.KpPhoneNumber['owner']>().toEqualTypeOf<ussd.KpNumberOwner>();
    expectTypeOf<
      ReturnType<(typeof root.KpPhoneNumberSchema)['parse']>
    >().toEqualTypeOf<ussd.KpPhoneNumber>();
  });

  it('optional fields accept undefined under exactOptionalPropertyTypes', () => {
    expectTypeOf<{
      region: 'ryanggang';
      destination: 'china';
      crackdown: undefined;
      model: undefined;
    }>().toExtend<rental.RentalQuoteInput>();
    expectTypeOf<{ cashKpwPerWon: undefined }>().toExtend<exchange.MobileWonPriceOptions>();
    expectTypeOf<{
      rates: undefined;
      rounding: undefined;
    }>().toExtend<exchange.ConvertMoneyOptions>();
    expectTypeOf<{ USD: 1; CNY: 1; EUR: undefined }>().toExtend<exchange.KpwPerUnit>();
    expectTypeOf<{
      history: [];
      proposed: { at: 0; amount: 1; recipient: undefined };
      policy: undefined;
    }>().toExtend<cap.CheckTransferInput>();
    expectTypeOf<{
      policy: undefined;
      onInvalid: undefined;
      ids: undefined;
    }>().toExtend<cap.AuditOptions>();
  });
});
