package org.newsgraph.link;

import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Link;

/** Decides which knowledge-base item, if any, an entity of an article is. */
public interface EntityLinker {
    /**
     * The link for {@code entity}, or empty when no item is a confident match (NIL).
     *
     * @param context the other entities of the same article, for disambiguation
     */
    Optional<Link> link(Entity entity, List<Entity> context);

    /** The item a link points to, for its canonical name. */
    Optional<KbEntity> item(String qid);
}
