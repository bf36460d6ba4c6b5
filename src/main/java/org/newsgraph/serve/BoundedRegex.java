package org.newsgraph.serve;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * SPARQL's REGEX with a deadline. One regular expression can backtrack for hours on one string
 * ({@code "^(.*?,){28}P"} over a list of commas), and a match never looks at the query's time limit, which is
 * checked between rows: so the endpoint rewrites REGEX into this function, which matches over a string that
 * checks the deadline of the running query as the matcher reads it, and cancels the query when it has passed.
 */
public final class BoundedRegex extends FunctionBase {
    /** The function's IRI; not one a client would write. */
    public static final String IRI = "urn:newsgraph:function:bounded-regex";
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    static {
        FunctionRegistry.get().put(IRI, BoundedRegex.class);
    }

    /** Rewrites every REGEX of an expression into the bounded one. */
    public static final class Rewrite extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) return new E_Function(IRI, args);
            return super.transform(func, args);
        }
    }

    /** Runs {@code work} with matches bounded by a deadline {@code millis} from now. */
    static <T> T within(long millis, java.util.function.Supplier<T> work) {
        Long before = DEADLINE.get();
        DEADLINE.set(System.nanoTime() + millis * 1_000_000L);
        try {
            return work.get();
        } finally {
            if (before == null) DEADLINE.remove();
            else DEADLINE.set(before);
        }
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
        if (args.size() != 2 && args.size() != 3) throw new org.apache.jena.query.QueryBuildException("REGEX takes two or three arguments");
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        NodeValue text = args.get(0);
        if (!text.isString() && !text.isLangString()) throw new ExprEvalException("REGEX: not a string: " + text);
        String flags = args.size() == 3 ? args.get(2).getString() : "";
        Pattern p;
        try {
            p = Pattern.compile(args.get(1).getString(), flags(flags));
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("REGEX: bad pattern: " + e.getDescription());
        }
        Long deadline = DEADLINE.get();
        CharSequence s = deadline == null ? text.getString() : new Timed(text.getString(), deadline);
        return NodeValue.makeBoolean(p.matcher(s).find());
    }

    private static int flags(String flags) {
        int f = 0;
        for (char c : flags.toCharArray()) {
            switch (c) {
                case 'i' -> f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 's' -> f |= Pattern.DOTALL;
                case 'm' -> f |= Pattern.MULTILINE;
                case 'x' -> f |= Pattern.COMMENTS;
                case 'q' -> f |= Pattern.LITERAL;
                default -> throw new ExprEvalException("REGEX: unknown flag " + c);
            }
        }
        return f;
    }

    /** A string whose reads fail once the deadline has passed; checked every 4,096 reads. */
    private static final class Timed implements CharSequence {
        private final String s;
        private final long deadline;
        private int reads;

        Timed(String s, long deadline) {
            this.s = s;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int i) {
            if ((++reads & 0xfff) == 0 && System.nanoTime() > deadline) {
                throw new QueryCancelledException();
            }
            return s.charAt(i);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Timed(s.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
