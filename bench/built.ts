// The built package's entry points, loaded by Node as an app loads them (`npm run bench` builds
// first). Vitest would run the sources through vite's transform, which reads each imported
// binding through a getter: there `pyongyangDate` measured 4× slower than in plain Node. The
// specifiers are not literals, so typechecking needs no build; the types are the sources'.
const load = (entry: string): Promise<unknown> => import(`kp-mobile-money/${entry}`);

export const cap = (await load('cap')) as typeof import('../src/cap/index.js');
export const exchange = (await load('exchange')) as typeof import('../src/exchange/index.js');
export const rental = (await load('rental')) as typeof import('../src/rental/index.js');
export const ussd = (await load('ussd')) as typeof import('../src/ussd/index.js');
