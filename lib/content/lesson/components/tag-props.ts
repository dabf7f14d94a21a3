import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx";
import { closest } from "../../yaml-validator.ts";
import type { LessonBuilder } from "../lesson-builder.ts";

/** A component tag as the parser meets it: on its own line (flow) or inside a paragraph (text). */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** What a prop's value must be. */
export type PropType = "text" | "boolean" | "integer" | "text-list";

/** One prop a component accepts. */
export interface PropSpec {
  type: PropType;
  /** The prop as a teacher would write it, quoted in messages: `count={12}`. */
  example: string;
  /** Integers: the allowed range. */
  min?: number;
  max?: number;
}

/** Prop values that passed their checks; a bad prop is reported and left out. */
export type PropValues = Partial<Record<string, string | boolean | number | string[]>>;

/**
 * Reads a tag's props against its spec. Values are never evaluated:
 * `name="text"`, a bare `name` (true), or `{…}` holding JSON (`{12}`,
 * `{true}`, `{["who-said","when"]}`). Every bad, unknown, repeated or spread
 * prop is reported as `<Tag> prop: what is wrong and how to write it`.
 */
export function readProps(el: JsxElement, specs: Readonly<Record<string, PropSpec>>, b: LessonBuilder): PropValues {
  const tag = `<${el.name}>`;
  const known = Object.keys(specs);
  const values: PropValues = {};
  const seen = new Set<string>();
  for (const attribute of el.attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      b.report(attribute.position ? attribute : el, tag, `{${attribute.value}} is not a prop: write each prop as name="text" or name={value}`);
      continue;
    }
    const field = `${tag} ${attribute.name}`;
    const at = attribute.position ? attribute : el;
    const spec = specs[attribute.name];
    if (!spec) {
      const guess = closest(attribute.name, known);
      const hint = guess ? `did you mean ${guess}? ` : "";
      const allowed = known.length ? `${tag} takes ${known.join(", ")}.` : `${tag} takes no props: remove it.`;
      b.report(at, field, `unknown prop; ${hint}${allowed}`);
      continue;
    }
    if (seen.has(attribute.name)) {
      b.report(at, field, "is given twice: keep one");
      continue;
    }
    seen.add(attribute.name);
    const raw = attribute.value;
    const result = raw === null || raw === undefined ? bare(spec) : typeof raw === "string" ? quoted(spec, raw) : expression(spec, raw.value);
    if ("error" in result) b.report(at, field, result.error);
    else values[attribute.name] = result.value;
  }
  return values;
}

type Read = { value: string | boolean | number | string[] } | { error: string };

function bare(spec: PropSpec): Read {
  return spec.type === "boolean" ? { value: true } : { error: `needs a value: write it like ${spec.example}` };
}

function quoted(spec: PropSpec, raw: string): Read {
  if (spec.type === "text") return text(spec, raw);
  const shape = spec.type === "boolean" ? "{true} or {false}" : spec.type === "integer" ? "a number in braces" : "a list in braces";
  return { error: `expected ${shape}, like ${spec.example}, got "${raw}"` };
}

function expression(spec: PropSpec, source: string): Read {
  let value: unknown;
  try {
    // JSON only: a lesson is data, so `{…}` is never run as code.
    value = JSON.parse(source.trim());
  } catch {
    return { error: `{${source.trim()}} is not a plain value (lessons never run code); write it like ${spec.example}` };
  }
  switch (spec.type) {
    case "text":
      return typeof value === "string" ? text(spec, value) : { error: `expected text in quotes, like ${spec.example}, got {${source.trim()}}` };
    case "boolean":
      return typeof value === "boolean" ? { value } : { error: `expected {true} or {false}, like ${spec.example}, got {${source.trim()}}` };
    case "integer":
      return integer(spec, value, source.trim());
    case "text-list":
      return Array.isArray(value) && value.every((item) => typeof item === "string")
        ? { value: value.map((item: string) => item.trim()) }
        : { error: `expected a list of texts in quotes, like ${spec.example}, got {${source.trim()}}` };
  }
}

function text(spec: PropSpec, raw: string): Read {
  const value = raw.replace(/\s+/g, " ").trim();
  return value ? { value } : { error: `is empty: write it like ${spec.example}` };
}

function integer(spec: PropSpec, value: unknown, source: string): Read {
  if (typeof value !== "number" || !Number.isInteger(value)) return { error: `expected a whole number, like ${spec.example}, got {${source}}` };
  if (spec.min !== undefined && value < spec.min) return { error: `must be at least ${spec.min}, got ${value}` };
  if (spec.max !== undefined && value > spec.max) return { error: `must be at most ${spec.max}, got ${value}` };
  return { value };
}

/** Reports a required prop that is missing; returns whether it is there. */
export function requireProp(el: JsxElement, values: PropValues, name: string, spec: PropSpec, b: LessonBuilder): boolean {
  if (values[name] !== undefined) return true;
  // A prop given with a bad value has been reported already.
  if (el.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === name)) return false;
  b.report(el, `<${el.name}> ${name}`, `required: write it like <${el.name} ${spec.example}>`);
  return false;
}
