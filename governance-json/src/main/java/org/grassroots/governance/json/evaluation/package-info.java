/**
 * The exchange forms of evaluation (考核): the document kinds {@code indicator-system}, {@code
 * measurements} and {@code evaluation}.
 */
@NullMarked
package org.grassroots.governance.json.evaluation;

import org.jspecify.annotations.NullMarked;
