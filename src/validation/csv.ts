/**
 * RFC 4180 records of a CSV text, handed over one at a time: fields separated by commas, quoted
 * with double quotes (a quote inside doubled), records ended by CRLF, LF or CR; a byte-order mark
 * and empty lines are skipped. Every record must have as many fields as the first (the header).
 * The array handed over is reused for the next record: copy what must outlive the call.
 *
 * Written for the history imports' files of a million rows: csv-parse took most of an unchanged
 * re-send's time (its per-character state machine, and arrays kept for the whole file); this
 * slices unquoted fields straight out of the text and keeps nothing but the current record.
 */
export function eachCsvRecord(text: string, record: (fields: string[], line: number) => void): void {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let width = -1;
  const fields: string[] = [];
  let startLine = 1;
  while (i <= n) {
    let value: string;
    if (text.charCodeAt(i) === 34) {
      let j = i + 1;
      let text2 = "";
      for (;;) {
        const quote = text.indexOf('"', j);
        if (quote < 0) throw new Error(`Unterminated quoted field starting on line ${line}`);
        const chunk = text.slice(j, quote);
        for (let k = chunk.indexOf("\n"); k >= 0; k = chunk.indexOf("\n", k + 1)) line++;
        if (text.charCodeAt(quote + 1) === 34) {
          text2 += chunk + '"';
          j = quote + 2;
          continue;
        }
        value = text2 + chunk;
        i = quote + 1;
        break;
      }
      const next = text.charCodeAt(i);
      if (i < n && next !== 44 && next !== 10 && next !== 13) throw new Error(`Invalid closing quote on line ${line}: a quoted field must end at a comma or the end of the line`);
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 44 || c === 10 || c === 13) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    fields.push(value);
    if (i < n && text.charCodeAt(i) === 44) {
      i++;
      continue;
    }
    // The end of a record (or of the text).
    if (i < n && text.charCodeAt(i) === 13) i++;
    if (i < n && text.charCodeAt(i) === 10) i++;
    const empty = fields.length === 1 && fields[0] === "";
    if (!empty) {
      if (width < 0) width = fields.length;
      else if (fields.length !== width) throw new Error(`Invalid record length: expected ${width} fields, got ${fields.length} on line ${startLine}`);
      record(fields, startLine);
    }
    fields.length = 0;
    line++;
    startLine = line;
    if (i >= n) break;
  }
}
