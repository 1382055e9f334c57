package org.grassroots.governance.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * A kind of document whose data is a list (列表文档): demand lists, resource lists, registers.
 * Such documents can be written and read one item at a time ({@link ListWriter},
 * {@link ListReader}), so their size is limited by the disk, not the heap.
 *
 * <pre>{@code
 * ListKind<OrganizationRecord> k = DocumentKind.listOf("organization-register", OrganizationRecord.class);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the item type
 */
public final class ListKind<E> extends DocumentKind<ImmutableList<E>> {
  private final Class<E> itemType;

  ListKind(String name, Class<E> itemType) {
    super(name, tf -> tf.constructCollectionLikeType(ImmutableList.class, itemType));
    this.itemType = requireNonNull(itemType, "itemType");
  }

  /**
   * The item type.
   *
   * @return the class of the items
   */
  public Class<E> itemType() {
    return itemType;
  }
}
