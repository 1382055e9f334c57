/** The evaluation example (考核示例): a generated district scored, ranked and rolled up. */
@NullMarked
package org.grassroots.governance.examples.evaluation;

import org.jspecify.annotations.NullMarked;
