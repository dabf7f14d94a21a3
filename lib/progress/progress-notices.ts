/**
 * Things the learner should know about their saved progress. The UI shows
 * each with its message and lets the learner dismiss it; a kind appears at
 * most once at a time.
 */
export type NoticeKind = "corrupt-backed-up" | "migrated" | "quota" | "unavailable";

export interface Notice {
  kind: NoticeKind;
  message: string;
}

/** The notice for each fault, worded for a student. */
export const noticeFor = {
  corruptBackedUp: (reason: string, backupKey: string): Notice => ({
    kind: "corrupt-backed-up",
    message: `Your saved progress could not be read (${reason}), so it has been set aside and you are starting afresh. A copy of the old data is kept in this browser under "${backupKey}".`,
  }),
  corruptKept: (reason: string): Notice => ({
    kind: "quota",
    message: `Your saved progress could not be read (${reason}) and there is no room to set it aside, so it has been left untouched. Progress from this visit is kept only until you close this tab; export it to keep it.`,
  }),
  migrated: (from: number): Notice => ({
    kind: "migrated",
    message: `Your progress was saved by an older version of quizwire (format ${from}) and has been updated. Nothing was lost.`,
  }),
  quota: (): Notice => ({
    kind: "quota",
    message: "This browser's storage is full, so new progress is kept only until you close this tab. Everything saved before is safe. Export your progress to keep it.",
  }),
  unavailable: (): Notice => ({
    kind: "unavailable",
    message: "This browser is not letting quizwire save (private browsing or blocked site data), so progress is kept only until you close this tab. Export your progress to keep it.",
  }),
};

/** The list with `notice` added, replacing any notice of the same kind. */
export function withNotice(notices: readonly Notice[], notice: Notice): readonly Notice[] {
  const existing = notices.find((n) => n.kind === notice.kind);
  if (existing && existing.message === notice.message) return notices;
  return [...notices.filter((n) => n.kind !== notice.kind), notice];
}

/** The list without notices of `kind`; the same array when there were none. */
export function withoutNotice(notices: readonly Notice[], kind: NoticeKind): readonly Notice[] {
  return notices.some((n) => n.kind === kind) ? notices.filter((n) => n.kind !== kind) : notices;
}
