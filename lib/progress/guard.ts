/**
 * A tiny validator for the progress format, in the style of zod
 * (`schema.parse`, `schema.safeParse`, issues with paths). The progress store
 * runs in the browser on every quiz page, where zod (even `zod/mini`) would
 * be over half of the page's own JavaScript; these few combinators cover what
 * the stored format needs.
 */

export interface Issue {
  path: (string | number)[];
  message: string;
}

export type SafeParse<T> = { success: true; data: T } | { success: false; error: ValidationError };

export class ValidationError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`).join("; "));
    this.name = "ValidationError";
  }
}

export interface Schema<T> {
  /** Checks `value`, pushing issues found under `path`; returns the value as T (a copy for objects). */
  check(value: unknown, path: (string | number)[], issues: Issue[]): T;
  parse(value: unknown): T;
  safeParse(value: unknown): SafeParse<T>;
  /** An extra rule, run only when the value is otherwise valid. */
  refine(ok: (value: T) => boolean, message: string): Schema<T>;
  readonly optional?: boolean;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function schema<T>(check: Schema<T>["check"], optional = false): Schema<T> {
  const self: Schema<T> = {
    check,
    optional,
    safeParse(value) {
      const issues: Issue[] = [];
      const data = check(value, [], issues);
      return issues.length ? { success: false, error: new ValidationError(issues) } : { success: true, data };
    },
    parse(value) {
      const result = self.safeParse(value);
      if (!result.success) throw result.error;
      return result.data;
    },
    refine(ok, message) {
      return schema<T>((value, path, issues) => {
        const before = issues.length;
        const data = check(value, path, issues);
        if (issues.length === before && !ok(data)) issues.push({ path, message });
        return data;
      }, optional);
    },
  };
  return self;
}

const typeName = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

function fail<T>(issues: Issue[], path: (string | number)[], message: string, value: unknown): T {
  issues.push({ path, message });
  return value as T;
}

export function string(options: { min?: number; max?: number } = {}): Schema<string> {
  return schema((value, path, issues) => {
    if (typeof value !== "string") return fail(issues, path, `expected string, received ${typeName(value)}`, value);
    if (options.min !== undefined && value.length < options.min) return fail(issues, path, `must be at least ${options.min} characters`, value);
    if (options.max !== undefined && value.length > options.max) return fail(issues, path, `must be at most ${options.max} characters`, value);
    return value;
  });
}

export function number(options: { int?: boolean; min?: number; max?: number; positive?: boolean } = {}): Schema<number> {
  return schema((value, path, issues) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return fail(issues, path, `expected ${options.int ? "int" : "number"}, received ${typeName(value)}`, value);
    if (options.int && !Number.isSafeInteger(value)) return fail(issues, path, "expected int, received a fraction", value);
    if (options.positive && value <= 0) return fail(issues, path, "must be more than 0", value);
    if (options.min !== undefined && value < options.min) return fail(issues, path, `must be at least ${options.min}`, value);
    if (options.max !== undefined && value > options.max) return fail(issues, path, `must be at most ${options.max}`, value);
    return value;
  });
}

export function boolean(): Schema<boolean> {
  return schema((value, path, issues) => (typeof value === "boolean" ? value : fail(issues, path, `expected boolean, received ${typeName(value)}`, value)));
}

export function literal<const T extends string | number | boolean | null>(expected: T): Schema<T> {
  return schema((value, path, issues) => (value === expected ? (value as T) : fail(issues, path, `expected ${JSON.stringify(expected)}`, value)));
}

/** An ISO 8601 date-time with a time-zone offset or Z, as zod's `z.iso.datetime({ offset: true })`. */
export function isoDateTime(): Schema<string> {
  const pattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
  return schema((value, path, issues) =>
    typeof value === "string" && pattern.test(value) && !Number.isNaN(Date.parse(value)) ? value : fail(issues, path, "expected an ISO date-time", value),
  );
}

export function optional<T>(inner: Schema<T>): Schema<T | undefined> {
  return schema<T | undefined>((value, path, issues) => (value === undefined ? undefined : inner.check(value, path, issues)), true);
}

/** The first alternative that fits; an issue naming none when none does. */
export function union<T extends Schema<unknown>[]>(options: T, expected: string): Schema<Infer<T[number]>> {
  return schema((value, path, issues) => {
    for (const option of options) {
      const own: Issue[] = [];
      const data = option.check(value, path, own);
      if (own.length === 0) return data as Infer<T[number]>;
    }
    return fail(issues, path, `expected ${expected}`, value);
  });
}

export function array<T>(item: Schema<T>, options: { max?: number } = {}): Schema<T[]> {
  return schema((value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, path, `expected array, received ${typeName(value)}`, value);
    if (options.max !== undefined && value.length > options.max) return fail(issues, path, `must have at most ${options.max} items`, value);
    return value.map((v, i) => item.check(v, [...path, i], issues));
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
export type ObjectOf<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> };

/** An object with these keys (unknown keys are dropped, as zod does); absent optional keys stay absent. */
export function object<S extends Shape>(shape: S): Schema<{ [K in keyof ObjectOf<S>]: ObjectOf<S>[K] }> {
  return schema((value, path, issues) => {
    if (!isRecord(value)) return fail(issues, path, `expected object, received ${typeName(value)}`, value);
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const data = field.check(value[key], [...path, key], issues);
      if (data !== undefined || !field.optional) out[key] = data;
    }
    return out as { [K in keyof ObjectOf<S>]: ObjectOf<S>[K] };
  });
}

/** An object used as a map, copied key by key; a `__proto__` key is dropped (as zod does) so it cannot replace a prototype. */
export function record<V>(key: Schema<string>, item: Schema<V>): Schema<Record<string, V>> {
  return schema((value, path, issues) => {
    if (!isRecord(value)) return fail(issues, path, `expected object, received ${typeName(value)}`, value);
    const out: Record<string, V> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === "__proto__") continue;
      key.check(k, [...path, k], issues);
      out[k] = item.check(v, [...path, k], issues);
    }
    return out;
  });
}

/** Anything; for an envelope field checked later. */
export function unknown(): Schema<unknown> {
  return schema((value) => value);
}
