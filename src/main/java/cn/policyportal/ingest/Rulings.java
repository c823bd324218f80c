package cn.policyportal.ingest;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

import cn.policyportal.pages.RuledTables;

/**
 * Collects the straight lines a page draws (strokes, and filled rectangles thin enough to be a
 * border) while PDFBox extracts its text, for {@link RuledTables}: a text extractor ignores the
 * path operators, so they are registered on it here, and the one pass over the page reads both.
 * Positions are put in the coordinates of PDFBox's text positions, from the page's top left.
 */
final class Rulings {

    /** A page with more strokes than this is a drawing, not a table: it is not searched for tables. */
    static final int MAX_RULES = 3000;
    /** A filled rectangle no thicker than this (in points) is a border line. */
    private static final double THIN = 2;

    private final PDFStreamEngine engine;
    private final List<RuledTables.Rule> rules = new ArrayList<>();
    /** The path being built: straight segments as x0, y0, x1, y1 on the page. */
    private final List<double[]> path = new ArrayList<>();
    private double[] current;
    private double[] subpathStart;
    private float left;
    private float top;

    Rulings(PDFStreamEngine engine) {
        this.engine = engine;
        for (String op : List.of("m", "l", "h", "re", "n", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*")) {
            engine.addOperator(new Step(engine, op));
        }
    }

    /** Forgets the page before and notes where {@code page}'s visible area begins. */
    void startPage(PDPage page) {
        PDRectangle crop = page.getCropBox();
        left = crop.getLowerLeftX();
        top = crop.getUpperRightY();
        rules.clear();
        path.clear();
    }

    /** The ruling lines of the page so far, at most {@link #MAX_RULES} and one more. */
    List<RuledTables.Rule> rules() {
        return rules;
    }

    private double[] onPage(float x, float y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        Point2D.Float p = ctm.transformPoint(x, y);
        return new double[] {p.x - left, top - p.y};
    }

    private void segment(double[] from, double[] to) {
        path.add(new double[] {from[0], from[1], to[0], to[1]});
    }

    private void paint(boolean stroke, boolean fill) {
        if (rules.size() <= MAX_RULES) {
            if (stroke) {
                path.forEach(s -> rules.add(new RuledTables.Rule(s[0], s[1], s[2], s[3])));
            }
            if (fill) {
                thinRectangles();
            }
        }
        path.clear();
        current = null;
    }

    /** A filled rectangle (four segments of a closed path) thin enough to be a line becomes that line. */
    private void thinRectangles() {
        for (int i = 0; i + 3 < path.size(); i += 4) {
            double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int k = i; k < i + 4; k++) {
                double[] s = path.get(k);
                minX = Math.min(minX, Math.min(s[0], s[2]));
                maxX = Math.max(maxX, Math.max(s[0], s[2]));
                minY = Math.min(minY, Math.min(s[1], s[3]));
                maxY = Math.max(maxY, Math.max(s[1], s[3]));
            }
            if (maxY - minY <= THIN && maxX - minX > THIN) {
                rules.add(new RuledTables.Rule(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2));
            } else if (maxX - minX <= THIN && maxY - minY > THIN) {
                rules.add(new RuledTables.Rule((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY));
            }
        }
    }

    /** One path operator: building the path, or painting it. */
    private final class Step extends OperatorProcessor {
        private final String name;

        Step(PDFStreamEngine engine, String name) {
            super(engine);
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            float[] n = numbers(operands);
            switch (name) {
                case "m" -> {
                    if (n.length >= 2) {
                        current = onPage(n[0], n[1]);
                        subpathStart = current;
                    }
                }
                case "l" -> {
                    if (n.length >= 2 && current != null) {
                        double[] to = onPage(n[0], n[1]);
                        segment(current, to);
                        current = to;
                    }
                }
                case "h" -> {
                    if (current != null && subpathStart != null) {
                        segment(current, subpathStart);
                        current = subpathStart;
                    }
                }
                case "re" -> {
                    if (n.length >= 4) {
                        double[] a = onPage(n[0], n[1]);
                        double[] b = onPage(n[0] + n[2], n[1]);
                        double[] c = onPage(n[0] + n[2], n[1] + n[3]);
                        double[] d = onPage(n[0], n[1] + n[3]);
                        segment(a, b);
                        segment(b, c);
                        segment(c, d);
                        segment(d, a);
                        current = a;
                        subpathStart = a;
                    }
                }
                case "n" -> {
                    path.clear();
                    current = null;
                }
                case "S", "s" -> paint(true, false);
                case "f", "F", "f*" -> paint(false, true);
                default -> paint(true, true);
            }
        }

        @Override
        public String getName() {
            return name;
        }

        private static float[] numbers(List<COSBase> operands) {
            float[] n = new float[operands.size()];
            for (int i = 0; i < n.length; i++) {
                if (!(operands.get(i) instanceof COSNumber number)) {
                    return new float[0];
                }
                n[i] = number.floatValue();
            }
            return n;
        }
    }
}
