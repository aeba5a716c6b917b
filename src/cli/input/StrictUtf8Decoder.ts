// Bytes to text for the dry run's input, refusing what is not UTF-8 instead of replacing it with
// U+FFFD: a ticket silently changed would be assessed on text the customer never wrote.

export interface DecodedChunk {
  text: string;
  /** When bytes that are not UTF-8 were met: where (0-based, counted over the whole input). */
  badByteAt: number | null;
  /** The bytes after the bad one, for a caller that skips the rest of the line and goes on. */
  rest: Uint8Array;
}

const fatal = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const EMPTY = new Uint8Array(0);

/** Where the last complete UTF-8 sequence of `bytes` ends (a sequence may go on in the next chunk). */
function completeEnd(bytes: Uint8Array): number {
  let i = bytes.length - 1;
  while (i >= 0 && i > bytes.length - 4 && ((bytes[i] ?? 0) & 0xc0) === 0x80) i--;
  if (i < 0) return bytes.length;
  const lead = bytes[i] ?? 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + length > bytes.length ? i : bytes.length;
}

export class StrictUtf8Decoder {
  private carry: Uint8Array = EMPTY;
  private decoder = fatal();
  /** Bytes decoded before the current chunk's first byte. */
  private consumed = 0;

  decode(chunk: Uint8Array): DecodedChunk {
    const bytes = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    const start = this.consumed - this.carry.length;
    const end = completeEnd(bytes);
    try {
      const text = this.decoder.decode(bytes.subarray(0, end));
      this.carry = bytes.slice(end);
      this.consumed += chunk.length;
      return { text, badByteAt: null, rest: EMPTY };
    } catch {
      // The longest prefix that is still UTF-8 (stream mode accepts a sequence cut at the end).
      let low = 0;
      let high = end;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (decodes(bytes.subarray(0, mid))) low = mid;
        else high = mid - 1;
      }
      // A sequence begun there and broken by the next byte: the bad part starts at its lead byte.
      low = completeEnd(bytes.subarray(0, low));
      const text = fatal().decode(bytes.subarray(0, low));
      this.carry = EMPTY;
      this.consumed += chunk.length;
      return { text, badByteAt: start + low, rest: bytes.subarray(low) };
    }
  }

  /** The input ended: a sequence left unfinished is not UTF-8 either. */
  end(): { badByteAt: number | null } {
    if (this.carry.length === 0) return { badByteAt: null };
    return { badByteAt: this.consumed - this.carry.length };
  }

  /** Starts again on `bytes` that follow a skipped part (their offset is `at`). */
  restartAt(at: number): void {
    this.carry = EMPTY;
    this.consumed = at;
  }
}

function decodes(bytes: Uint8Array): boolean {
  try {
    fatal().decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
