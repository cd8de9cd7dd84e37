package dev.l2mac.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A vertical bar chart of shares (0 to 1), each bar labelled below and valued above, drawn headless into a PNG.
 * Reports use it for pass@k and outcomes, or features implemented per task and seed.
 */
public record BarChart(String title, List<Bar> bars) {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;
    private static final int MARGIN = 60;
    private static final int TITLE_BASELINE = 36;
    private static final int GRID_STEPS = 4;
    private static final double BAR_FILL = 0.6;
    private static final Color[] PALETTE = {
        new Color(0x2b6cb0),
        new Color(0x2f855a),
        new Color(0xc05621),
        new Color(0x9b2c2c),
        new Color(0x6b46c1),
        new Color(0x718096)
    };

    /** One bar: its label, its height as a share of the whole, and the text shown above it. */
    public record Bar(String label, double share, String valueText) {
        public Bar {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("a bar's share must be within [0, 1], was " + share);
            }
        }
    }

    public BarChart {
        bars = List.copyOf(bars);
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one bar");
        }
    }

    public byte[] png() {
        // Reports are drawn on servers without a display; AWT must know before it first initialises.
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString(title, MARGIN, TITLE_BASELINE);
            drawGrid(g);
            drawBars(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void drawGrid(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int bottom = HEIGHT - MARGIN;
        int top = MARGIN;
        for (int step = 0; step <= GRID_STEPS; step++) {
            int y = bottom - (bottom - top) * step / GRID_STEPS;
            g.setColor(new Color(0xe2e8f0));
            g.setStroke(new BasicStroke(1));
            g.drawLine(MARGIN, y, WIDTH - MARGIN / 2, y);
            g.setColor(Color.GRAY);
            g.drawString((100 * step / GRID_STEPS) + "%", MARGIN / 4, y + 4);
        }
    }

    private void drawBars(Graphics2D g) {
        int bottom = HEIGHT - MARGIN;
        int plotHeight = bottom - MARGIN;
        double slot = (double) (WIDTH - MARGIN - MARGIN / 2) / bars.size();
        FontMetrics metrics = g.getFontMetrics();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int barWidth = (int) (slot * BAR_FILL);
            int x = MARGIN + (int) (slot * i + (slot - barWidth) / 2);
            int height = (int) Math.round(plotHeight * bar.share());
            g.setColor(PALETTE[i % PALETTE.length]);
            g.fillRect(x, bottom - height, barWidth, height);
            g.setColor(Color.DARK_GRAY);
            int center = x + barWidth / 2;
            g.drawString(bar.valueText(), center - metrics.stringWidth(bar.valueText()) / 2, bottom - height - 6);
            g.drawString(bar.label(), center - metrics.stringWidth(bar.label()) / 2, bottom + 20);
        }
    }
}
