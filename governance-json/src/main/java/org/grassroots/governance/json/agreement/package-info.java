/**
 * The exchange forms of co-building agreements (共建协议): the document kind {@code agreement}
 * (one {@link org.grassroots.governance.agreement.Ledger}: the agreement with its version
 * history, and the deliveries and obligation events recorded against it).
 */
@NullMarked
package org.grassroots.governance.json.agreement;

import org.jspecify.annotations.NullMarked;
