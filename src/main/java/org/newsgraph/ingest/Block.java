package org.newsgraph.ingest;

/** A line or paragraph of an article's text, [start, end) in {@link Article#text()}, with its role on the page. */
public record Block(int start, int end, Kind kind) {
    public enum Kind {
        /** The headline. */
        TITLE(true),
        /** Running text of the article. */
        BODY(true),
        /** A short section heading inside the article. */
        HEADING(true),
        /** A photo caption: names things but quotes nobody. */
        CAPTION(true),
        /**
         * The headline of another article that the page lists ("Popular articles", "Related"): it names people,
         * places and organisations the page shows, but says nothing of its own and quotes nobody.
         */
        LISTED(true),
        /** Date lines, source lines, section labels. */
        METADATA(false),
        /** Navigation, related-article lists, rankings, "read more" links. */
        BOILERPLATE(false);

        private final boolean content;

        Kind(boolean content) {
            this.content = content;
        }

        public boolean isContent() {
            return content;
        }
    }

    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block [" + start + "," + end + ")");
        }
    }

    public Block withKind(Kind k) {
        return new Block(start, end, k);
    }

    /** The block of {@code blocks} (in text order, not overlapping) that holds an offset, by bisection; null between them. */
    public static Block at(java.util.List<Block> blocks, int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Block b = blocks.get(mid);
            if (offset < b.start()) hi = mid - 1;
            else if (offset >= b.end()) lo = mid + 1;
            else return b;
        }
        return null;
    }
}
