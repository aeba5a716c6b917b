import { locateJsonError } from './locateJsonError';

/** A JSON parse error as a sentence with a line and column an admin can find. */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = locateJsonError(text) ?? (() => {
    const position = /position (\d+)/.exec(message);
    return position ? Number(position[1]) : null;
  })();
  let where = '';
  if (offset !== null) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    where = ` at line ${line}, column ${column}`;
  }
  const found = offset === null ? '' : offset >= text.length ? ' (the text ends too early)' : ` near ${JSON.stringify(text.slice(offset, offset + 12))}`;
  return `The rulebook is not valid JSON${where}${found}.`;
}
