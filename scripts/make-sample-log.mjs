// Writes packages/kpmm/data/synthetic-transfer-log.csv: a SYNTHETIC transfer log (made-up senders, recipients and
// times from a fixed seed) for `kpmm report` and `kpmm audit` to demonstrate the cap rules. It is
// not data about real people or real transfers.
import { writeFileSync } from 'node:fs';

let state = 20200608;
const random = () => {
  // A small linear congruential generator: the same file every time.
  state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
  return state / 2 ** 32;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const number = (prefix, i) => `0${prefix}${String(1_000_000 + i * 7919).slice(-7)}`;

const senders = Array.from({ length: 240 }, (_, i) => number(i % 5 === 0 ? '195' : '191', i));
const recipients = Array.from({ length: 400 }, (_, i) =>
  number(i % 4 === 0 ? '195' : '192', i + 500),
);
const amounts = [100, 200, 200, 300, 300, 300, 500, 500];

const rows = [];
const periods = [
  { from: Date.UTC(2020, 5, 8), days: 20 },
  { from: Date.UTC(2022, 7, 10), days: 28 },
];
for (const { from, days } of periods) {
  for (let d = 0; d < days; d += 1) {
    for (const sender of senders) {
      if (random() > 0.22) continue;
      const times = random() < 0.06 ? 2 : 1;
      for (let k = 0; k < times; k += 1) {
        // Local Pyongyang time between 07:00 and 22:59, written with its +09:00 offset.
        const minutes = 7 * 60 + Math.floor(random() * 16 * 60);
        const at = new Date(from - 9 * 3_600_000 + d * 86_400_000 + minutes * 60_000);
        const amount = random() < 0.02 ? 600 : pick(amounts);
        const recipient =
          random() < 0.04
            ? recipients[senders.indexOf(sender) % recipients.length]
            : pick(recipients);
        rows.push({ at, sender, recipient, amount });
      }
    }
  }
}
rows.sort((a, b) => a.at.getTime() - b.at.getTime());
const pad = (n) => String(n).padStart(2, '0');
const local = (date) => {
  const t = new Date(date.getTime() + 9 * 3_600_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:00+09:00`;
};
const lines = [
  'at,sender,recipient,amount',
  ...rows.map((r) => `${local(r.at)},${r.sender},${r.recipient},${r.amount}`),
];
writeFileSync(
  new URL('../packages/kpmm/data/synthetic-transfer-log.csv', import.meta.url),
  `${lines.join('\n')}\n`,
);
console.log(`wrote ${rows.length} synthetic rows`);
