package io.hzclient.query;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An index to add to a map ({@link io.hzclient.map.HzMap#addIndex(IndexConfig)}): its type, the attributes it
 * covers (in order), an optional name (the members make one up without it), and for a {@link IndexType#BITMAP}
 * index how entries are told apart.
 *
 * <p>Checked when made, as the members would check it: at least one attribute and at most 255, none null, blank or
 * given twice ({@code this.age} and {@code age} are the same attribute), and a bitmap index on exactly one. A wrong
 * one throws an {@link IllegalArgumentException} that says what is wrong.
 *
 * @param type the index type
 * @param attributes the attributes, in order
 * @param name the index's name, or null
 * @param bitmapOptions for a bitmap index, how entries are told apart (null: by key, as objects); null otherwise
 */
public record IndexConfig(IndexType type, List<String> attributes, String name, BitmapOptions bitmapOptions) {
    private static final int MAX_ATTRIBUTES = 255;

    /**
     * Checks the index as described above.
     *
     * @param type the index type
     * @param attributes the attributes, in order
     * @param name the index's name, or null
     * @param bitmapOptions for a bitmap index, its options or null; null otherwise
     */
    public IndexConfig {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(attributes, "attributes must not be null");
        attributes = List.copyOf(attributes); // also refuses a null attribute
        if (attributes.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one attribute");
        }
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new IllegalArgumentException("an index covers at most " + MAX_ATTRIBUTES + " attributes, not "
                    + attributes.size());
        }
        Set<String> seen = new HashSet<>();
        for (String attribute : attributes) {
            if (attribute.isBlank()) {
                throw new IllegalArgumentException("an index attribute must not be blank: " + attributes);
            }
            String plain = attribute.startsWith("this.") ? attribute.substring("this.".length()) : attribute;
            if (!seen.add(plain)) {
                throw new IllegalArgumentException("the index names the attribute '" + plain + "' twice: "
                        + attributes);
            }
        }
        if (type == IndexType.BITMAP && attributes.size() != 1) {
            throw new IllegalArgumentException("a bitmap index covers exactly one attribute, not " + attributes);
        }
        if (bitmapOptions != null && type != IndexType.BITMAP) {
            throw new IllegalArgumentException("bitmap options are for a BITMAP index, not " + type);
        }
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException("an index name must not be blank: leave it null for a made-up one");
        }
    }

    /**
     * An unnamed index of that type on those attributes.
     *
     * @param type the index type
     * @param attributes the attributes, in order
     * @return the index
     */
    public static IndexConfig of(IndexType type, String... attributes) {
        return new IndexConfig(type, List.of(Objects.requireNonNull(attributes, "attributes must not be null")),
                null, null);
    }

    /**
     * This index, named.
     *
     * @param name the name
     * @return a copy with that name
     */
    public IndexConfig named(String name) {
        return new IndexConfig(type, attributes, Objects.requireNonNull(name, "name must not be null"),
                bitmapOptions);
    }

    /**
     * This bitmap index, with those options.
     *
     * @param options how entries are told apart
     * @return a copy with those options
     */
    public IndexConfig withBitmapOptions(BitmapOptions options) {
        return new IndexConfig(type, attributes, name, Objects.requireNonNull(options, "options must not be null"));
    }

    /**
     * How a bitmap index tells entries apart: by an attribute whose values are unique per entry ({@code __key} by
     * default), turned into the bitmap's ids as the transformation says.
     *
     * @param uniqueKey the unique attribute
     * @param transformation how its values become ids
     */
    public record BitmapOptions(String uniqueKey, UniqueKeyTransformation transformation) {
        /**
         * Checks that the unique key is not blank.
         *
         * @param uniqueKey the unique attribute
         * @param transformation how its values become ids
         */
        public BitmapOptions {
            if (uniqueKey == null || uniqueKey.isBlank()) {
                throw new IllegalArgumentException("a bitmap index's unique key must not be null or blank");
            }
            Objects.requireNonNull(transformation, "transformation must not be null");
        }

        /**
         * The members' default: by key, as objects.
         *
         * @return the default options
         */
        public static BitmapOptions defaults() {
            return new BitmapOptions("__key", UniqueKeyTransformation.OBJECT);
        }
    }

    /** How a bitmap index turns unique keys into its ids. */
    public enum UniqueKeyTransformation {
        /** Any object, mapped to ids internally. */
        OBJECT(0),
        /** A number, used as the id itself (its long value). */
        LONG(1),
        /** A number used as is, without mapping: the fastest, for dense ids. */
        RAW(2);

        private final int id;

        UniqueKeyTransformation(int id) {
            this.id = id;
        }

        /**
         * The protocol's id of the transformation.
         *
         * @return the id
         */
        public int id() {
            return id;
        }
    }
}
