/** Tests. */
@NullMarked
package org.grassroots.governance.json;

import org.jspecify.annotations.NullMarked;
