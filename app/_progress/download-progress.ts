"use client";

import { getProgressStore } from "./use-progress.ts";

/** Saves the learner's progress as a JSON file ("quizwire-progress-2025-03-18.json"). */
export function downloadProgress(): void {
  const json = getProgressStore().exportJson();
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `quizwire-progress-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
