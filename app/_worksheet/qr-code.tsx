import { qrSymbol } from "../../lib/worksheet/qr-code.ts";

/** Light modules around the symbol that scanners need to find it (the standard asks for 4). */
const QUIET_ZONE = 4;

/**
 * The online quiz of this version as a QR code, drawn at build time as SVG
 * elements from the module matrix, with the address printed under it for
 * anyone without a scanner.
 */
export function QrCode({ url, version }: { url: string; version: string }) {
  const { size, path } = qrSymbol(url);
  const side = size + 2 * QUIET_ZONE;
  const titleId = `qr-title-${version}`;
  return (
    <figure className="ws-qr">
      <svg role="img" aria-labelledby={titleId} viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`} shapeRendering="crispEdges" data-url={url}>
        <title id={titleId}>{`QR code of the online quiz, version ${version}`}</title>
        <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <figcaption>
        <strong>Check yourself online</strong> after you finish: scan the code or open <a className="ws-url" href={url}>
          {url}
        </a>. The online quiz asks these questions in this order.
      </figcaption>
    </figure>
  );
}
