import type { Worksheet } from "../../lib/worksheet/worksheet-schema.ts";

/**
 * What the bottom-left corner of every printed page says, so loose pages of
 * a pile can be sorted back: "Version A" or "Answer key · Version A". The
 * text is built from the version letter only (checked to be A–Z), never from
 * lesson or article text. Large print sets the corner text at 18 pt too.
 */
export function PageMargins({ sheet }: { sheet: Worksheet }) {
  const label = `${sheet.key ? "Answer key · " : ""}Version ${sheet.version}${sheet.large ? " · large print" : ""}`;
  const size = sheet.large ? "18pt" : "9pt";
  const css = `@page{@bottom-left{content:"${label}";font-size:${size}}@bottom-right{font-size:${size}}}`;
  return <style>{css}</style>;
}
