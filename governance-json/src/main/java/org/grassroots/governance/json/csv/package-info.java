/**
 * CSV lists (CSV 表格): the lists community workers keep in spreadsheets, read and written with
 * {@code jackson-dataformat-csv}. UTF-8 with or without a byte-order mark, English or Chinese
 * headers (and aliases), and a report of bad rows (row number, column, reason) that does not stop
 * the good rows from loading unless the read is strict.
 *
 * <p>A list type is described once by a {@link org.grassroots.governance.json.csv.CsvLayout}:
 * its columns ({@link org.grassroots.governance.json.csv.CsvColumn}) and the public factory that
 * makes an item from a row, so every invariant is checked for every row. An enum column reads
 * and writes through the enum's one table of Chinese terms
 * ({@link org.grassroots.governance.json.csv.CsvTerms}): written as terms under Chinese headers,
 * as names under English ones, unless
 * {@link org.grassroots.governance.json.csv.CsvWriteOptions#withTerms} says otherwise.
 *
 * <pre>{@code
 * CsvReadResult<OrganizationRecord> r = OrganizationRegister.CSV.read(in, CsvReadOptions.lenient());
 * r.items();    // the good rows
 * r.problems(); // row 7, column creditCode: check character must be 'Y' ...
 * }</pre>
 */
@NullMarked
package org.grassroots.governance.json.csv;

import org.jspecify.annotations.NullMarked;
