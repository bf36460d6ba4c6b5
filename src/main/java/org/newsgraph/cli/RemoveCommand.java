package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.build.StoreTarget;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg remove}: takes articles out of the store. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Removes articles from the store: each named by its source (as kg query queries/articles.rq lists it), "
                + "its IRI or its URL. Their statements are regrouped and entities no other article mentions go too.")
public final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    BaseOption base;

    @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "Source name, article IRI or article URL.")
    List<String> articles;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> unknown = new ArrayList<>();
        try (TdbStore s = TdbStore.open(store.existing())) {
            Iris iris = base.forStore(s);
            Map<Node, String> stored = s.articles();
            Set<Node> graphs = new LinkedHashSet<>();
            for (String a : articles) {
                Node g = find(s, iris, stored, a);
                if (g == null) unknown.add(a);
                else graphs.add(g);
            }
            StoreTarget target = new StoreTarget(s, iris);
            int removed = target.remove(new ArrayList<>(graphs));
            target.finish(removed > 0, Set.of(), org.newsgraph.statements.StatementConsolidator.Progress.NONE);
            for (String a : unknown) err.println(a + ": no such article in " + store.store + " (kg query queries/articles.rq lists them)");
            out.println(removed + (removed == 1 ? " article" : " articles") + " removed" + (unknown.isEmpty() ? "" : ", " + unknown.size() + " not found"));
        }
        out.flush();
        err.flush();
        return unknown.isEmpty() ? 0 : KgCommand.SOME_FAILED;
    }

    /**
     * The graph of the article called {@code name}: by source, by IRI, or by URL; a path as given to {@code kg build}
     * ("in/a/story.txt" for the article "a/story.txt" of the folder "in", or "seeds/x.txt" for "x.txt") finds the
     * article whose source name is its longest ending.
     */
    static Node find(TdbStore s, Iris iris, Map<Node, String> stored, String name) {
        for (var e : stored.entrySet()) if (e.getValue().equals(name)) return e.getKey();
        String path = name.replace(java.io.File.separatorChar, '/');
        for (int slash = path.indexOf('/'); slash >= 0 && slash < path.length() - 1; slash = path.indexOf('/', slash + 1)) {
            String tail = path.substring(slash + 1);
            for (var e : stored.entrySet()) if (e.getValue().equals(tail)) return e.getKey();
        }
        return Txn.calculateRead(s.dataset(), () -> {
            var dsg = s.datasetGraph();
            if (name.startsWith(iris.base() + "article/")) {
                var it = dsg.find(Node.ANY, NodeFactory.createURI(name), NG.sourceFile, Node.ANY);
                if (it.hasNext()) return it.next().getGraph();
            }
            var it = dsg.find(Node.ANY, Node.ANY, NG.url, NodeFactory.createLiteralString(name));
            while (it.hasNext()) {
                Node g = it.next().getGraph();
                if (stored.containsKey(g)) return g;
            }
            return null;
        });
    }
}
