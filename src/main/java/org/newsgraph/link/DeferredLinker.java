package org.newsgraph.link;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Link;

/**
 * A linker whose knowledge base is read in the background from the moment it is made, so that reading the broad
 * slice overlaps with loading the language models; the first link waits for it.
 */
public final class DeferredLinker implements EntityLinker {
    private final CompletableFuture<EntityLinker> linker;

    public DeferredLinker(Supplier<EntityLinker> make) {
        this.linker = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                linker.complete(make.get());
            } catch (RuntimeException | Error e) {
                linker.completeExceptionally(e);
            }
        }, "knowledge-base loader");
        t.setDaemon(true);
        t.start();
    }

    private EntityLinker get() {
        try {
            return linker.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    @Override
    public Optional<Link> link(Entity entity, List<Entity> context) {
        return get().link(entity, context);
    }

    @Override
    public Optional<KbEntity> item(String qid) {
        return get().item(qid);
    }
}
