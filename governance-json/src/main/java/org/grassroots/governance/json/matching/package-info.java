/**
 * The exchange forms of demand–resource matching (供需对接): the document kinds {@code
 * demand-list}, {@code resource-list}, {@code matching-problem} and {@code matching-result}.
 */
@NullMarked
package org.grassroots.governance.json.matching;

import org.jspecify.annotations.NullMarked;
