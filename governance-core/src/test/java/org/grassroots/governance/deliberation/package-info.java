/** Tests of the deliberation package. */
@NullMarked
package org.grassroots.governance.deliberation;

import org.jspecify.annotations.NullMarked;
