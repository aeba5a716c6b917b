// Where in the input a ticket or a problem is: the line and column where its text begins, and,
// inside a JSON array or an export page, which item it is (1-based).

export interface InputPosition {
  line: number;
  column: number;
  /** The item's number in its array (1-based), for the items of an array or an export page. */
  item?: number;
  /** The export page's number (1-based), for the tickets of `{"tickets": [...]}` pages. */
  page?: number;
}

/** "line 3, column 1", "item 2 (line 5, column 3)", "page 2, item 7 (line 2, column 1034)". */
export function describePosition(position: InputPosition): string {
  const at = `line ${position.line}, column ${position.column}`;
  if (position.item === undefined) return at;
  const item = position.page === undefined ? `item ${position.item}` : `page ${position.page}, item ${position.item}`;
  return `${item} (${at})`;
}
