import type { Crackdown } from '../crackdowns.js';
import type { Destination } from '../destinations.js';
import type { RegionId } from '../regions.js';

/** True for a known region id. */
export function isRegionId(value: unknown): value is RegionId {
  return (
    value === 'north-pyongan' ||
    value === 'ryanggang' ||
    value === 'north-hamgyong' ||
    value === 'chagang'
  );
}

/** True for a known destination. */
export function isDestination(value: unknown): value is Destination {
  return value === 'china' || value === 'south-korea';
}

/** True for a known crackdown state. */
export function isCrackdown(value: unknown): value is Crackdown {
  return value === 'normal' || value === 'intensified';
}
