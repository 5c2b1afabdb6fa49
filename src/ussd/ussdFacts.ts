import { deepFreeze } from '../core/internal/freeze.js';
import { KP_MOBILE_PREFIXES, type Fact } from '../core/index.js';
import { CARRIERS } from './carriers.js';
import {
  CROSS_CARRIER_POLICY,
  DEFAULT_RECIPIENT_FORMAT,
  TRANSFER_PIN_LENGTH,
  TRANSFER_USSD_GRAMMAR,
  USSD_MAX_LENGTH,
  USSD_MIN_AMOUNT,
} from './constants.js';

/**
 * Every constant of the `ussd` module with its value, unit, grade and sources: the carriers,
 * the prefix table it re-exports from the core, and the transfer string's rules.
 *
 * @returns the facts, in a fixed order
 * @see dailynk-2020-06-gifting
 * @example
 * ```ts
 * ussdFacts().find((fact) => fact.id === 'TRANSFER_PIN_LENGTH')?.grade;
 * //=> 'assumed'
 * ```
 */
export function ussdFacts(): readonly Fact[] {
  const { koryolink, kangsong } = CARRIERS;
  return deepFreeze([
    {
      id: 'CARRIERS.koryolink',
      value: {
        name: koryolink.name,
        serviceCode: koryolink.serviceCode,
        prefixes: koryolink.prefixes,
      },
      unit: 'carrier',
      grade: koryolink.grade,
      sources: koryolink.sources,
      note: koryolink.note,
    },
    {
      id: 'CARRIERS.kangsong',
      value: {
        name: kangsong.name,
        serviceCode: kangsong.serviceCode,
        prefixes: kangsong.prefixes,
      },
      unit: 'carrier',
      grade: kangsong.grade,
      sources: kangsong.sources,
      note: kangsong.note,
    },
    {
      id: 'KP_MOBILE_PREFIXES',
      value: KP_MOBILE_PREFIXES.owners,
      unit: 'owner by first three national digits',
      grade: KP_MOBILE_PREFIXES.grade,
      sources: KP_MOBILE_PREFIXES.sources,
      note: KP_MOBILE_PREFIXES.note,
    },
    { id: 'USSD_MAX_LENGTH', ...USSD_MAX_LENGTH },
    { id: 'TRANSFER_USSD_GRAMMAR', ...TRANSFER_USSD_GRAMMAR },
    { id: 'TRANSFER_PIN_LENGTH', ...TRANSFER_PIN_LENGTH },
    { id: 'USSD_MIN_AMOUNT', ...USSD_MIN_AMOUNT },
    { id: 'DEFAULT_RECIPIENT_FORMAT', ...DEFAULT_RECIPIENT_FORMAT },
    { id: 'CROSS_CARRIER_POLICY', ...CROSS_CARRIER_POLICY },
  ]);
}
