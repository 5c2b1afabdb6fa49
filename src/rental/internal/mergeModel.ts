import type { RoundingMode } from '../../core/index.js';
import type { Crackdown } from '../crackdowns.js';
import type { Destination } from '../destinations.js';
import type { RentalModel } from '../model.js';
import type { RegionId } from '../regions.js';

type Loose<K extends string> = Readonly<Partial<Record<K, number | undefined>>> | undefined;

/**
 * A model override as it arrives: a {@link RentalModelOverride} or the output of its schema,
 * where a field may also be present and undefined.
 */
export interface LooseOverride {
  readonly regionLevels?: Loose<RegionId>;
  readonly destinationWeights?: Loose<Destination>;
  readonly crackdownWeights?: Loose<Crackdown>;
  readonly price?:
    | {
        readonly fromFen?: number | undefined;
        readonly toFen?: number | undefined;
        readonly stepFen?: number | undefined;
        readonly rounding?: RoundingMode | undefined;
      }
    | undefined;
}

/** Fills the gaps of a (checked) override from the base model. */
export function mergeModel(base: RentalModel, override: LooseOverride | undefined): RentalModel {
  if (override === undefined) return base;
  const r = override.regionLevels;
  const d = override.destinationWeights;
  const c = override.crackdownWeights;
  const p = override.price;
  return {
    regionLevels: {
      'north-pyongan': r?.['north-pyongan'] ?? base.regionLevels['north-pyongan'],
      ryanggang: r?.ryanggang ?? base.regionLevels.ryanggang,
      'north-hamgyong': r?.['north-hamgyong'] ?? base.regionLevels['north-hamgyong'],
      chagang: r?.chagang ?? base.regionLevels.chagang,
    },
    destinationWeights: {
      china: d?.china ?? base.destinationWeights.china,
      'south-korea': d?.['south-korea'] ?? base.destinationWeights['south-korea'],
    },
    crackdownWeights: {
      normal: c?.normal ?? base.crackdownWeights.normal,
      intensified: c?.intensified ?? base.crackdownWeights.intensified,
    },
    price: {
      fromFen: p?.fromFen ?? base.price.fromFen,
      toFen: p?.toFen ?? base.price.toFen,
      stepFen: p?.stepFen ?? base.price.stepFen,
      rounding: p?.rounding ?? base.price.rounding,
    },
  };
}
