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

    /** The IRI of REPLACE with a deadline, which matches the same way. */
    public static final String REPLACE_IRI = "urn:newsgraph:function:bounded-replace";

    static {
        FunctionRegistry.get().put(IRI, BoundedRegex.class);
        FunctionRegistry.get().put(REPLACE_IRI, Replace.class);
    }

    /** REPLACE(text, pattern, replacement[, flags]) over the same deadline-reading string. */
    public static final class Replace extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) throw new org.apache.jena.query.QueryBuildException("REPLACE takes three or four arguments");
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue text = args.get(0);
            if (!text.isString() && !text.isLangString()) throw new ExprEvalException("REPLACE: not a string: " + text);
            Pattern p = compile(args.get(1).getString(), args.size() == 4 ? args.get(3).getString() : "");
            String out;
            try {
                out = p.matcher(timed(text.getString())).replaceAll(args.get(2).getString());
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("REPLACE: bad replacement: " + e.getMessage());
            }
            return text.isLangString() ? NodeValue.makeLangString(out, text.getLang()) : NodeValue.makeString(out);
        }
    }

    /** Rewrites every REGEX of an expression into the bounded one. */
    public static final class Rewrite extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) return new E_Function(IRI, args);
            if (func instanceof org.apache.jena.sparql.expr.E_StrReplace) return new E_Function(REPLACE_IRI, args);
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
        Pattern p = compile(args.get(1).getString(), args.size() == 3 ? args.get(2).getString() : "");
        return NodeValue.makeBoolean(p.matcher(timed(text.getString())).find());
    }

    private static Pattern compile(String pattern, String flags) {
        try {
            return Pattern.compile(pattern, flags(flags));
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("bad regular expression: " + e.getDescription());
        }
    }

    private static CharSequence timed(String s) {
        Long deadline = DEADLINE.get();
        return deadline == null ? s : new Timed(s, deadline);
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
