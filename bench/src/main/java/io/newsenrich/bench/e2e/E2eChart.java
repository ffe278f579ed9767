package io.newsenrich.bench.e2e;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** One PNG: throughput per scenario on the left, latency percentiles per scenario (log scale) on the right. */
final class E2eChart {

    private static final int PANEL_WIDTH = 700;
    private static final int PANEL_HEIGHT = 520;
    private static final int HEADER = 44;

    private E2eChart() {
    }

    static void write(Path file, String title, List<ScenarioResult> results) throws IOException {
        BufferedImage image = new BufferedImage(2 * PANEL_WIDTH, HEADER + PANEL_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString(title, 16, 30);
        throughput(results).draw(g, new Rectangle2D.Double(0, HEADER, PANEL_WIDTH, PANEL_HEIGHT));
        latency(results).draw(g, new Rectangle2D.Double(PANEL_WIDTH, HEADER, PANEL_WIDTH, PANEL_HEIGHT));
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static JFreeChart throughput(List<ScenarioResult> results) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        results.forEach(r -> data.addValue(r.articlesPerSecond(), "articles/s", r.scenario()));
        JFreeChart chart = ChartFactory.createBarChart("Sustained throughput", null, "articles/s", data,
                PlotOrientation.VERTICAL, false, false, false);
        BarRenderer renderer = styled(chart);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("#,##0")));
        renderer.setDefaultItemLabelsVisible(true);
        return chart;
    }

    private static JFreeChart latency(List<ScenarioResult> results) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ScenarioResult r : results) {
            data.addValue(r.p50(), "p50", r.scenario());
            data.addValue(r.p95(), "p95", r.scenario());
            data.addValue(r.p99(), "p99", r.scenario());
        }
        JFreeChart chart = ChartFactory.createBarChart("Latency ingestedAt -> curatedAt", null, "ms (log scale)",
                data, PlotOrientation.VERTICAL, true, false, false);
        LogAxis axis = new LogAxis("ms (log scale)");
        axis.setSmallestValue(1);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0"));
        // one tick per power of ten: the default ticks land on values like 6,310
        axis.setTickUnit(new NumberTickUnit(1));
        ((CategoryPlot) chart.getPlot()).setRangeAxis(axis);
        styled(chart);
        return chart;
    }

    private static BarRenderer styled(JFreeChart chart) {
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        // slanted, so that the names of up to a dozen scenarios (--pairs) stay readable side by side
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        return renderer;
    }
}
