import type { LessonBuilder } from "../lesson-builder.ts";
import type { LessonBlock } from "../lesson-document.ts";
import type { ComponentSpec } from "./component-spec.ts";
import { hasContent } from "./tag-content.ts";
import { readProps, type JsxElement } from "./tag-props.ts";

/**
 * A section the app fills from the facts (the same as the automatic
 * lesson's): `<Timeline />`, `<People />`, `<Places />`, `<SourcesCompare />`.
 * They take nothing, so anything given is a mistake worth reporting.
 */
function factSection(name: string, type: "timeline" | "people" | "places" | "sources-compare"): ComponentSpec {
  return {
    block(el: JsxElement, b: LessonBuilder): LessonBlock {
      readProps(el, {}, b);
      if (hasContent(el)) b.report(el, `<${name}>`, `takes no content: it is filled from the articles' facts; write <${name} />`);
      return { type };
    },
  };
}

export const timelineTag = factSection("Timeline", "timeline");
export const peopleTag = factSection("People", "people");
export const placesTag = factSection("Places", "places");
export const sourcesCompareTag = factSection("SourcesCompare", "sources-compare");
