import type * as z from 'zod/mini';

/** The entry point that exports a schema; `root` is `kp-mobile-money` itself. */
export type SchemaModule = 'root' | 'ussd' | 'cap' | 'exchange' | 'rental';

/** A rule the library checks that JSON Schema cannot state, at a path (`''` is the whole input). */
export interface NotExpressed {
  readonly path: string;
  readonly rule: string;
}

/** One file of schemas/ and the zod schema it comes from. */
export interface SchemaFile {
  readonly file: string;
  readonly module: SchemaModule;
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly notExpressed: readonly NotExpressed[];
}

/** Every schema written to schemas/, in order. */
export const SCHEMA_FILES: readonly SchemaFile[];

/** The JSON Schema object of one entry, from `z.toJSONSchema(schema, { io: 'input' })`. */
export function toJsonSchema(entry: SchemaFile, schema: z.core.$ZodType): Record<string, unknown>;

/** The text of one schema file: two-space JSON and a final newline. */
export function renderJsonSchema(entry: SchemaFile, schema: z.core.$ZodType): string;

/** The sorted paths inside a zod schema of the rules JSON Schema cannot state. */
export function unexpressedPaths(schema: z.core.$ZodType): string[];
