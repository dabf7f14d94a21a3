import QRCode from "qrcode";

/** A QR code as drawing data: no markup, so the page renders it as its own elements. */
export interface QrSymbol {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Dark modules by row: `dark[row][col]`. */
  dark: boolean[][];
  /** SVG path data in module units: one rectangle per horizontal run of dark modules. */
  path: string;
}

/**
 * The QR code of `text`, made at build time by the `qrcode` package. Level M
 * recovers from about 15% damage: a crease or a pen mark on a printed sheet
 * still scans, and a quiz URL stays a small symbol.
 */
export function qrSymbol(text: string): QrSymbol {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  const dark = Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => modules.get(row, col) === 1));
  return { size, dark, path: runsPath(dark) };
}

/** Path data drawing each run of dark modules as one rectangle, which keeps the path short and leaves no hairline gaps between modules. */
export function runsPath(dark: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  dark.forEach((cells, row) => {
    let col = 0;
    while (col < cells.length) {
      if (!cells[col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < cells.length && cells[col]) col++;
      parts.push(`M${start} ${row}h${col - start}v1h-${col - start}z`);
    }
  });
  return parts.join("");
}
