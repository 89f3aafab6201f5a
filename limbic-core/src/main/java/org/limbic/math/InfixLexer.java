package org.limbic.math;

import java.util.ArrayList;
import java.util.List;

/** Splits infix text into tokens with 1-based line and column, for {@link ExprParser}. */
final class InfixLexer {

  enum Kind { NUMBER, IDENTIFIER, OPERATOR, END }

  /** A token; {@code op} is the normalized operator ({@code "&&"} for the word {@code and}). */
  record Token(Kind kind, String text, String op, int line, int column) {

    boolean is(String operator) {
      return kind == Kind.OPERATOR && op.equals(operator);
    }

    /** How an error message names this token. */
    String describe() {
      return kind == Kind.END ? "end of input" : "'" + text + "'";
    }
  }

  private static final List<String> OPERATORS = List.of(
      "||", "&&", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "^", "!", "(", ")", ",");

  private final String text;
  private int i;
  private int line = 1;
  private int column = 1;

  private InfixLexer(String text) {
    this.text = text;
  }

  static List<Token> tokens(String text) {
    return new InfixLexer(text).all();
  }

  private List<Token> all() {
    List<Token> out = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (i >= text.length()) {
        out.add(new Token(Kind.END, "", "", line, column));
        return out;
      }
      out.add(next());
    }
  }

  private void skipWhitespace() {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      char c = text.charAt(i++);
      if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }

  private Token next() {
    char c = text.charAt(i);
    int start = i;
    if (isDigit(c) || (c == '.' && i + 1 < text.length() && isDigit(text.charAt(i + 1)))) {
      return take(Kind.NUMBER, numberEnd(start), null);
    }
    if (InfixNames.isIdentifierStart(c)) {
      int end = start;
      while (end < text.length() && InfixNames.isIdentifierPart(text.charAt(end))) {
        end++;
      }
      String word = text.substring(start, end);
      return switch (word) {
        case "or" -> take(Kind.OPERATOR, end, "||");
        case "and" -> take(Kind.OPERATOR, end, "&&");
        case "not" -> take(Kind.OPERATOR, end, "!");
        default -> take(Kind.IDENTIFIER, end, null);
      };
    }
    for (String op : OPERATORS) {
      if (text.startsWith(op, start)) {
        return take(Kind.OPERATOR, start + op.length(), op);
      }
    }
    String hint = switch (c) {
      case '=' -> "; did you mean '=='?";
      case '&' -> "; did you mean '&&'?";
      case '|' -> "; did you mean '||'?";
      default -> "";
    };
    throw new ExprParseException(line, column, "unexpected character '" + c + "'" + hint);
  }

  /** digits [. digits] [(e|E) [+|-] digits], where the exponent counts only if digits follow. */
  private int numberEnd(int start) {
    int j = digitsEnd(start);
    if (j < text.length() && text.charAt(j) == '.') {
      j = digitsEnd(j + 1);
    }
    if (j < text.length() && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < text.length() && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
        k++;
      }
      if (k < text.length() && isDigit(text.charAt(k))) {
        j = digitsEnd(k);
      }
    }
    return j;
  }

  private int digitsEnd(int j) {
    while (j < text.length() && isDigit(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Token take(Kind kind, int end, String op) {
    String s = text.substring(i, end);
    Token t = new Token(kind, s, op == null ? s : op, line, column);
    column += end - i;
    i = end;
    return t;
  }
}
