/** The exchange-format example (数据交换示例). */
@NullMarked
package org.grassroots.governance.examples.exchange;

import org.jspecify.annotations.NullMarked;
