// A tiny PNG encoder for fixtures: solid-colour images of any size and colour type, so tests can
// produce exactly the PNG a rule is about (wrong size, no alpha, tRNS…) without committed binaries.
import { crc32, deflateSync } from 'node:zlib';

export interface PngSpec {
  width: number;
  height: number;
  /** 0 grey, 2 RGB, 4 grey + alpha, 6 RGB + alpha (8 bits per channel). */
  colorType?: 0 | 2 | 4 | 6;
  /** Adds a tRNS chunk (colour types 0 and 2), making one colour transparent. */
  transparentColour?: boolean;
}

const CHANNELS: Record<0 | 2 | 4 | 6, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function encodePng({
  width,
  height,
  colorType = 6,
  transparentColour = false,
}: PngSpec): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(colorType, 9);
  // bytes 10–12: compression, filter and interlace methods, all 0

  const channels = CHANNELS[colorType];
  const rowLength = 1 + width * channels; // filter byte + pixels
  const pixels = Buffer.alloc(rowLength * height, 0x80); // mid grey, half transparent where alpha exists
  for (let row = 0; row < height; row += 1) pixels[row * rowLength] = 0; // filter: none

  const chunks = [chunk('IHDR', header)];
  if (transparentColour) chunks.push(chunk('tRNS', Buffer.alloc(colorType === 2 ? 6 : 2)));
  chunks.push(chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}
