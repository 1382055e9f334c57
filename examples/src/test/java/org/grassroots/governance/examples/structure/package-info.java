/** Tests of the structure and agreement worked example. */
@NullMarked
package org.grassroots.governance.examples.structure;

import org.jspecify.annotations.NullMarked;
