package org.limbic.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the text files a user hands Limbic (experiment, trial and SBML files) with bounds: only
 * regular files (a FIFO would block forever, {@code /dev/zero} fill the heap), at most
 * {@link #limitBytes()} bytes, decoded as strict UTF-8 with the line and column of a bad byte.
 */
public final class InputFiles {

  /** The system property that raises (or lowers) the size limit, in MiB; the command line's {@code --max-input-mb}. */
  public static final String LIMIT_PROPERTY = "limbic.maxInputMiB";
  /** 64 MiB: ten times the largest SBML model of the PEtab benchmark collection, far above any experiment file. */
  public static final long DEFAULT_LIMIT_MIB = 64;

  private InputFiles() {
  }

  /** The size limit in bytes: {@value #LIMIT_PROPERTY} MiB if set, else {@value #DEFAULT_LIMIT_MIB} MiB. */
  public static long limitBytes() {
    String value = System.getProperty(LIMIT_PROPERTY);
    long mib = DEFAULT_LIMIT_MIB;
    if (value != null) {
      try {
        mib = Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(LIMIT_PROPERTY + " must be a whole number of MiB, not '" + value + "'");
      }
      if (mib < 1 || mib > Integer.MAX_VALUE / (1L << 20)) {
        throw new IllegalArgumentException(LIMIT_PROPERTY + " must be between 1 and " + Integer.MAX_VALUE / (1L << 20)
            + " MiB, not " + mib);
      }
    }
    return mib << 20;
  }

  /**
   * The file's text.
   *
   * @param what what the file is, for messages ("experiment file", "SBML file")
   * @throws InputFileException if it does not exist, is not a regular file, is over the limit or is not UTF-8
   */
  public static String read(Path file, String what) {
    if (!Files.exists(file)) {
      throw new InputFileException(file, 1, 1, "the " + what + " does not exist (looked for " + file.toAbsolutePath() + ")");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputFileException(file, 1, 1, "the " + what + " is not a regular file (a directory, device or pipe);"
          + " give the path of a file");
    }
    long limit = limitBytes();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1)); // bounded even if the file grows
    } catch (NoSuchFileException e) {
      throw new InputFileException(file, 1, 1, "the " + what + " does not exist (looked for " + file.toAbsolutePath() + ")");
    } catch (IOException e) {
      throw new InputFileException(file, 1, 1, "cannot read the " + what + " (" + e.getMessage()
          + "); check that it is readable");
    }
    if (bytes.length > limit) {
      throw new InputFileException(file, 1, 1, "the " + what + " is larger than the limit of " + (limit >> 20)
          + " MiB; if it really is that large, raise the limit with --max-input-mb (system property " + LIMIT_PROPERTY + ")");
    }
    return utf8(file, bytes, what);
  }

  private static String utf8(Path file, byte[] bytes, String what) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String text = decoder.decode(in).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte-order mark is not content
    } catch (CharacterCodingException e) {
      int bad = in.position();
      int lineStart = 0;
      int line = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      // the bytes before the bad one on its line decoded fine, so they are whole characters
      CharBuffer before = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, lineStart, bad - lineStart));
      int column = before.toString().codePointCount(0, before.length()) + 1;
      throw new InputFileException(file, line, column, String.format(Locale.ROOT,
          "the %s is not valid UTF-8 (byte 0x%02X here); save it as UTF-8", what, bytes[bad] & 0xFF));
    }
  }
}
