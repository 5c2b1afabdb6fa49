import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as root from '../../src/index.js';
import * as cap from '../../src/cap/index.js';
import * as exchange from '../../src/exchange/index.js';
import * as rental from '../../src/rental/index.js';
import * as ussd from '../../src/ussd/index.js';
import {
  SCHEMA_FILES,
  renderJsonSchema,
  toJsonSchema,
  unexpressedPaths,
  type SchemaFile,
} from '../../scripts/json-schemas.mjs';

const dir = new URL('../../schemas/', import.meta.url);
const modules = { root, ussd, cap, exchange, rental } as const;

// The public input schemas, from the sources (the script reads the same names from the build).
const SCHEMAS: Readonly<Record<string, z.core.$ZodType>> = {
  TransferInputSchema: ussd.TransferInputSchema,
  CheckTransferInputSchema: cap.CheckTransferInputSchema,
  PolicySchema: cap.PolicySchema,
  AuditTransferSchema: cap.AuditTransferSchema,
  HistoryEntrySchema: cap.HistoryEntrySchema,
  RateTableSchema: exchange.RateTableSchema,
  MoneySchema: root.MoneySchema,
  RentalQuoteInputSchema: rental.RentalQuoteInputSchema,
  RentalModelSchema: rental.RentalModelSchema,
  MobileMoneyConfigSchema: root.MobileMoneyConfigSchema,
  PlanTransferInputSchema: root.PlanTransferInputSchema,
  ScheduleTransfersInputSchema: cap.ScheduleTransfersInputSchema,
  PlanGiftInputSchema: root.PlanGiftInputSchema,
};

function schemaOf(entry: SchemaFile): z.core.$ZodType {
  const schema = SCHEMAS[entry.name];
  if (schema === undefined) throw new Error(`no schema named ${entry.name}`);
  return schema;
}

describe('schemas/', () => {
  it('holds exactly one file per public input schema', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(SCHEMA_FILES.map((e) => e.file).sort());
    expect(SCHEMA_FILES.map((e) => e.name).sort()).toEqual(Object.keys(SCHEMAS).sort());
  });

  it.each(SCHEMA_FILES)('$file names the schema $module exports as $name', (entry) => {
    expect(Reflect.get(modules[entry.module], entry.name)).toBe(schemaOf(entry));
  });

  it.each(SCHEMA_FILES)('$file is current (run `npm run schemas`)', (entry) => {
    const committed = readFileSync(new URL(entry.file, dir), 'utf8');
    expect(committed).toBe(renderJsonSchema(entry, schemaOf(entry)));
  });

  it.each(SCHEMA_FILES)('$file is z.toJSONSchema of the input, with a title', (entry) => {
    const schema = schemaOf(entry);
    const { title, description, $comment, ...generated } = toJsonSchema(entry, schema);
    expect(title).toBe(entry.title);
    expect(typeof description).toBe('string');
    expect($comment === undefined).toBe(entry.notExpressed.length === 0);
    // A Date has no JSON form; every other type converts exactly as zod converts it.
    const plain = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    const withoutDates = JSON.stringify(generated).replace(
      /\{"not":\{\},"description":"A JavaScript Date[^"]*"\}/g,
      '{}',
    );
    expect(JSON.parse(withoutDates)).toEqual(plain);
  });

  it.each(SCHEMA_FILES)('$file lists every rule JSON Schema cannot state', (entry) => {
    expect(unexpressedPaths(schemaOf(entry))).toEqual(entry.notExpressed.map((n) => n.path).sort());
  });
});

describe('unexpressedPaths', () => {
  const cases = [
    { label: 'a plain object', schema: z.object({ a: z.string() }), paths: [] },
    {
      label: 'a refinement on a field',
      schema: z.object({ a: z.string().check(z.refine((s) => s !== 'x')) }),
      paths: ['a'],
    },
    {
      label: 'a Date inside an optional array',
      schema: z.object({ a: z.optional(z.array(z.object({ at: z.date() }))) }),
      paths: ['a[].at'],
    },
    {
      label: 'a refinement of the whole object',
      schema: z.object({ a: z.int() }).check(z.refine((o) => o.a > 0)),
      paths: [''],
    },
    {
      label: 'a transform behind a pipe',
      schema: z.object({
        a: z.pipe(
          z.string(),
          z.transform((s) => s.length),
        ),
      }),
      paths: ['a'],
    },
  ] as const satisfies readonly {
    label: string;
    schema: z.core.$ZodType;
    paths: readonly string[];
  }[];

  it.each(cases)('finds $label', ({ schema, paths }) => {
    expect(unexpressedPaths(schema)).toEqual(paths);
  });
});
