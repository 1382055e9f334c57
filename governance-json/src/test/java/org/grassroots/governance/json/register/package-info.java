/** Tests. */
@NullMarked
package org.grassroots.governance.json.register;

import org.jspecify.annotations.NullMarked;
