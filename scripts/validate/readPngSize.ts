// Reads what the validator needs from a PNG without decoding it: the IHDR header (always the
// first chunk) and whether a tRNS chunk appears before the image data.

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGB + alpha. */
  colorType: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const COLOR_TYPES_WITH_ALPHA = new Set([4, 6]);

/** The IHDR fields, or null when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): PngHeader | null {
  if (bytes.length < 33 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== 'IHDR') return null;
  return {
    width: view.getUint32(16),
    height: view.getUint32(20),
    bitDepth: view.getUint8(24),
    colorType: view.getUint8(25),
  };
}

/** True when the PNG has an alpha channel or a tRNS (transparent colour) chunk. */
export function pngCanBeTransparent(bytes: Uint8Array): boolean {
  const header = readPngSize(bytes);
  if (header === null) return false;
  if (COLOR_TYPES_WITH_ALPHA.has(header.colorType)) return true;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Chunks: 4-byte length, 4-byte type, data, 4-byte CRC. tRNS must precede IDAT.
  for (let offset = 8; offset + 8 <= bytes.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === 'tRNS') return true;
    if (type === 'IDAT' || type === 'IEND') return false;
    offset += 12 + length;
  }
  return false;
}
