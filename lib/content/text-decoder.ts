/** Result of reading a file's bytes as text. */
export type DecodedText = { ok: true; text: string } | { ok: false; line: number; message: string };

/**
 * Decodes UTF-8 strictly, so a file saved in another encoding is reported
 * with the line of its first bad byte instead of turning into "�" silently.
 * A byte-order mark is dropped and CRLF/CR line endings become LF, so every
 * offset and line number downstream is the same whatever editor saved it.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    const hex = bytes[bad]?.toString(16).toUpperCase().padStart(2, "0") ?? "??";
    return {
      ok: false,
      line,
      message: `the file is not valid UTF-8 (byte 0x${hex}); re-save it as UTF-8 in your editor`,
    };
  }
  return { ok: true, text: normalizeNewlines(text) };
}

/** Drops a leading byte-order mark and turns CRLF and lone CR into LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!size || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += size;
  }
  return 0;
}
