/**
 * The exchange forms of demand–resource matching (供需对接): the document kinds {@code
 * demand-list}, {@code resource-list} and {@code matching-problem}.
 */
@NullMarked
package org.grassroots.governance.json.matching;

import org.jspecify.annotations.NullMarked;
