import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { format, inspect } from 'node:util';
import type { TransferUssd } from '../../src/ussd/index.js';
import { serialisations } from '../helpers.js';

/** AOSP GsmMmiCode's sPatternSuppService, the parser of 3GPP TS 22.030 MMI strings. */
export const GSM_MMI =
  /^((\*|#|\*#|\*\*|##)(\d{2,3})(\*([^*#]*)(\*([^*#]*)(\*([^*#]*)(\*([^*#]*))?)?)?)?#)(.*)$/s;

/** What console.log would print, captured from a real Console. */
export function logged(...values: unknown[]): string {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  new Console({ stdout: sink, stderr: sink }).log(...values);
  return out;
}

/** Every view of a transfer a program might print, store or send, but reveal(). */
export function views(
  transfer: TransferUssd,
  { viaConsole = true }: { readonly viaConsole?: boolean } = {},
): string[] {
  const spread = { ...transfer };
  // Printing through a Console and util.format is slow; properties can leave it out.
  const printed = viaConsole
    ? [
        format('%s %o %O %j', transfer, transfer, transfer, transfer),
        logged(transfer),
        logged('transfer:', transfer, [transfer]),
      ]
    : [];
  return [
    ...printed,
    ...serialisations(transfer),
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- what is tested
    `${transfer}`,
    transfer.redacted,
    transfer.toString(),
    transfer.toJSON(),
    inspect(transfer),
    inspect(transfer, { showHidden: true, depth: Infinity, getters: true }),
    inspect(transfer, { customInspect: false, showHidden: true, depth: Infinity }),
    inspect({ nested: [transfer] }),
    JSON.stringify({ transfer }),
    JSON.stringify(spread),
    inspect(spread, { depth: Infinity }),
    JSON.stringify(Object.entries(transfer)),
    JSON.stringify(Object.getOwnPropertyDescriptors(transfer)),
    String(Reflect.ownKeys(transfer).map(String)),
    JSON.stringify(
      Object.values(transfer).map((v: unknown) => (typeof v === 'function' ? String(v) : v)),
    ),
    String(transfer.reveal),
  ];
}
