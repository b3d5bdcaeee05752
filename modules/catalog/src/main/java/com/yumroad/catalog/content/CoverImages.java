package com.yumroad.catalog.content;

import com.yumroad.catalog.Cover;
import com.yumroad.kernel.errors.FieldError;
import com.yumroad.kernel.errors.InvalidInputException;
import jakarta.inject.Singleton;
import net.coobird.thumbnailator.Thumbnails;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns an uploaded cover into the variants the pages show: the type is recognised from the bytes (JPEG, PNG,
 * WebP), the size in pixels is checked before decoding (no decompression bombs), the EXIF orientation is applied,
 * and each width of {@link Cover#WIDTHS} is encoded afresh (JPEG, or PNG when the image has transparency), which
 * leaves every piece of metadata (EXIF, GPS, comments, profiles) behind.
 */
@Singleton
class CoverImages {

    static final String FIELD = "cover";
    private static final String NOT_AN_IMAGE = "Choose a JPEG, PNG or WebP image";

    /** The encoded variants by width, and the file extension they share ({@code jpg} or {@code png}). */
    record Encoded(String extension, String contentType, Map<Integer, byte[]> variants) {
    }

    Encoded encode(byte[] upload, long maxPixels) {
        ImageType type = ImageType.of(Arrays.copyOf(upload, Math.min(upload.length, ImageType.SNIFF_BYTES)))
                .orElseThrow(() -> refused(NOT_AN_IMAGE));
        checkPixels(upload, type, maxPixels);
        BufferedImage image = decode(upload);
        boolean transparent = hasTransparency(image);
        String format = transparent ? "png" : "jpg";
        BufferedImage source = transparent ? image : opaque(image);
        Map<Integer, byte[]> variants = new LinkedHashMap<>();
        for (int width : Cover.WIDTHS) {
            variants.put(width, resized(source, Math.min(width, source.getWidth()), format));
        }
        return new Encoded(format, transparent ? "image/png" : "image/jpeg", variants);
    }

    private static void checkPixels(byte[] upload, ImageType type, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw refused(NOT_AN_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw refused("The image is too large: at most " + maxPixels / 1_000_000 + " megapixels");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw refused("The " + type.name() + " image cannot be read");
        }
    }

    private static BufferedImage decode(byte[] upload) {
        try {
            // scale(1) through Thumbnailator applies the EXIF orientation that ImageIO ignores
            return Thumbnails.of(new ByteArrayInputStream(upload)).scale(1).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw refused("The image cannot be read");
        }
    }

    private static byte[] resized(BufferedImage image, int width, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.of(image).width(width).outputFormat(format).outputQuality(0.85f).toOutputStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode a cover", e);
        }
    }

    private static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException(java.util.List.of(new FieldError(FIELD, message)));
    }
}
