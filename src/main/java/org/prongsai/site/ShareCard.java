package org.prongsai.site;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * The picture LINE, Facebook and X show when a page is shared: 1200×630 (Facebook's size; at least 200×200,
 * or no picture at all), with the agency's emblem and name, the page's own title and description, and the site's address. Thai
 * lines break between words (ICU), never inside one, in the Sarabun font the PDFs use.
 */
final class ShareCard {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;

    private static final Color BRAND = new Color(0x1d4e89);
    private static final Color ACCENT = new Color(0xf2c14e);
    private static final Color INK = new Color(0x1b1f24);
    private static final Color MUTED = new Color(0x4a5360);
    private static final Font REGULAR = font("static/fonts/Sarabun-Regular.ttf");
    private static final Font BOLD = font("static/fonts/Sarabun-Bold.ttf");
    private static final int MARGIN = 72;

    private ShareCard() {}

    static byte[] render(String agency, String title, String description, String site, @Nullable BufferedImage emblem) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(BRAND);
            g.fillRect(0, 0, WIDTH, 24);
            g.fillRect(0, HEIGHT - 96, WIDTH, 96);
            g.setColor(ACCENT);
            g.fillRect(0, HEIGHT - 100, WIDTH, 4);

            int textLeft = MARGIN;
            if (emblem != null) {
                int size = 150;
                double scale = Math.min((double) size / emblem.getWidth(), (double) size / emblem.getHeight());
                int w = (int) Math.round(emblem.getWidth() * scale);
                int h = (int) Math.round(emblem.getHeight() * scale);
                g.drawImage(emblem, MARGIN + (size - w) / 2, 64 + (size - h) / 2, w, h, null);
                textLeft = MARGIN + size + 36;
            }
            g.setColor(INK);
            draw(
                    g,
                    lines(agency, BOLD.deriveFont(42f), g.getFontRenderContext(), WIDTH - MARGIN - textLeft, 2),
                    BOLD.deriveFont(42f),
                    textLeft,
                    120,
                    56);
            g.setColor(BRAND);
            var titleFont = BOLD.deriveFont(title.length() > 60 ? 52f : 62f);
            var titleLines = lines(title, titleFont, g.getFontRenderContext(), WIDTH - 2 * MARGIN, 3);
            int titleLine = (int) (titleFont.getSize() * 1.35);
            draw(g, titleLines, titleFont, MARGIN, 300, titleLine);
            // What the page is about, under its title, while there is room above the address bar.
            var aboutFont = REGULAR.deriveFont(34f);
            int aboutTop = 300 + titleLines.size() * titleLine;
            int room = Math.max(0, (HEIGHT - 130 - aboutTop) / 46);
            if (room > 0 && !description.isBlank()) {
                g.setColor(MUTED);
                draw(
                        g,
                        lines(description, aboutFont, g.getFontRenderContext(), WIDTH - 2 * MARGIN, Math.min(2, room)),
                        aboutFont,
                        MARGIN,
                        aboutTop,
                        46);
            }
            g.setColor(Color.WHITE);
            g.setFont(REGULAR.deriveFont(32f));
            if (!site.isBlank()) {
                g.drawString(site, MARGIN, HEIGHT - 36);
            }
        } finally {
            g.dispose();
        }
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void draw(Graphics2D g, List<String> lines, Font font, int x, int y, int lineHeight) {
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), x, y + i * lineHeight);
        }
    }

    /** The text in lines no wider than {@code width}, broken between words; the last line ends "…" if cut. */
    static List<String> lines(String text, Font font, FontRenderContext context, int width, int most) {
        var lines = new ArrayList<String>();
        var breaks = BreakIterator.getLineInstance(new ULocale("th"));
        breaks.setText(text);
        var line = new StringBuilder();
        boolean cut = false;
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            var word = text.substring(start, end);
            if (line.length() > 0 && wider(line + word.stripTrailing(), font, context, width)) {
                lines.add(line.toString().strip());
                line.setLength(0);
                if (lines.size() == most) {
                    cut = true;
                    break;
                }
            }
            line.append(word);
        }
        if (!cut && !line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        if (cut) {
            var last = lines.get(most - 1);
            while (!last.isEmpty() && wider(last + "…", font, context, width)) {
                last = last.substring(0, last.length() - 1);
            }
            lines.set(most - 1, last.strip() + "…");
        }
        return lines;
    }

    private static boolean wider(String text, Font font, FontRenderContext context, int width) {
        return font.getStringBounds(text, context).getWidth() > width;
    }

    private static Font font(String resource) {
        try (var in = ShareCard.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Unreadable font " + resource, e);
        }
    }
}
