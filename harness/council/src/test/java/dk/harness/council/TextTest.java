package dk.harness.council;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void htmlEscapesMarkupQuotesAndDropsControls() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
        Text.html("<a href=\"x\" title='y'>&</a>"));
    assertEquals("ab\tc\nd", Text.html("a\u0000b\tc\nd\u001b"));
    assertEquals("", Text.html(null));
  }

  @Test
  void markdownEscapesEverythingThatFormsSyntax() {
    assertEquals("\\<script\\>alert\\('x'\\)\\</script\\>", Text.markdown("<script>alert('x')</script>"));
    assertEquals("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\]\\(g\\) \\#h \\!i \\~j \\&k \\\\l",
        Text.markdown("a | b *c* _d_ `e` [f](g) #h !i ~j &k \\l"));
    assertEquals("http\\://x.example/ 12:30", Text.markdown("http://x.example/ 12:30"), "no autolink, times stay");
    assertEquals("\\=HYPERLINK\\(1\\)", Text.markdown("=HYPERLINK(1)"));
    assertEquals("\\- item", Text.markdown("- item"));
    assertEquals("12\\. x", Text.markdown("12. x"), "not an ordered list");
    assertEquals("v1.2-3", Text.markdown("v1.2-3"), "dots and dashes inside text stay readable");
    assertEquals("a b", Text.markdown("a\nb"));
  }

  @Test
  void csvQuotesAndDefusesFormulas() {
    assertEquals("plain", Text.csv("plain"));
    assertEquals("\"a,b\"", Text.csv("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Text.csv("say \"hi\""));
    assertEquals("\"line\nbreak\"", Text.csv("line\nbreak"));
    assertEquals("'=1+2", Text.csv("=1+2"));
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", Text.csv("=HYPERLINK(\"http://x\",\"y\")"));
    assertEquals("'+1", Text.csv("+1"));
    assertEquals("'-1", Text.csv("-1"));
    assertEquals("'@SUM(A1)", Text.csv("@SUM(A1)"));
    assertEquals("'\tx", Text.csv("\tx"));
    assertEquals("a=b", Text.csv("a=b"));
  }

  @Test
  void numbers() {
    assertEquals("0.9908", Text.ratio(0.990751));
    assertEquals("-", Text.ratio(null));
    assertEquals("+0.0012", Text.delta(0.00123));
    assertEquals("-0.0040", Text.delta(-0.004));
    assertEquals("±0.0000", Text.delta(-0.00001));
  }
}
