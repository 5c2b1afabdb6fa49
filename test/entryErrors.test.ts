import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as cap from '../src/cap/index.js';
import * as exchange from '../src/exchange/index.js';
import * as rental from '../src/rental/index.js';
import * as ussd from '../src/ussd/index.js';

// Each module entry point gives the error its functions throw, the root's own class, so an app
// that imports one entry point can catch and recognise it without importing the root.
const cases = [
  {
    entry: 'ussd',
    module: ussd,
    code: 'invalid_amount',
    fails: () =>
      ussd.buildTransferUssd({
        carrier: 'koryolink',
        amount: 0,
        recipient: '0191 234 5678',
        pin: '482915',
      }),
  },
  {
    entry: 'cap',
    module: cap,
    code: 'invalid_instant',
    fails: () => cap.pyongyangDate('2020-06-08T10:00:00'),
  },
  {
    entry: 'exchange',
    module: exchange,
    code: 'invalid_amount',
    fails: () => exchange.mobileWonToCash(-1),
  },
  {
    entry: 'rental',
    module: rental,
    code: 'unknown_region',
    fails: () => rental.quoteRental({ region: 'pyongyang' as 'chagang', destination: 'china' }),
  },
] as const;

describe('the error of each module entry point', () => {
  it.each(cases)('$entry: throws its own KpmmError, the root’s class, with code $code', (c) => {
    expect(c.module.KpmmError).toBe(root.KpmmError);
    expect(c.module.isKpmmError).toBe(root.isKpmmError);
    let caught: unknown;
    try {
      c.fails();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(c.module.KpmmError);
    expect(c.module.isKpmmError(caught)).toBe(true);
    expect(c.module.isKpmmError(caught) ? caught.code : undefined).toBe(c.code);
  });
});
