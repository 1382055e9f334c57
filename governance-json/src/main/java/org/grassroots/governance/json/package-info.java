/**
 * The exchange format (数据交换格式) of grassroots-governance: a Jackson module for the core value
 * types, a versioned document envelope, safe readers and streaming list readers and writers.
 *
 * <p>Entry points: {@link org.grassroots.governance.json.GovernanceModule} for plain Jackson users
 * and {@link org.grassroots.governance.json.GovernanceJson} for reading and writing whole
 * documents with limits, version checks and one clear exception
 * ({@link org.grassroots.governance.json.InvalidDocumentException}).
 *
 * <pre>{@code
 * GovernanceJson json = GovernanceJson.strict();
 * ReadResult<ImmutableList<OrganizationRecord>> doc = json.read(bytes, OrganizationRegister.KIND);
 * }</pre>
 */
@NullMarked
package org.grassroots.governance.json;

import org.jspecify.annotations.NullMarked;
