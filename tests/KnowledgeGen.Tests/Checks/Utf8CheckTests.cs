using KnowledgeGen.Checking;
using KnowledgeGen.Model;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// A file saved in another encoding reaches the checks with U+FFFD where a byte could not be read. The editor
/// is told where: a fact file at the character itself with its byte offset (KG0006), an article at its
/// declaration with the line, column and byte in the article (KG0033). Offsets count UTF-8 bytes, without a
/// byte-order mark, so they match what a hex editor shows after the mark.
/// </summary>
public class Utf8CheckTests
{
    private const string Head = "entities:\n  - id: port\n    kind: organisation\n    name: "; // 56 bytes, all ASCII

    // The name of an entity as it arrived, and where the check places the first unreadable byte: "(line,column) byte n".
    [Theory]
    [InlineData("The port", "")]
    [InlineData("The p\uFFFDrt", "(4,16) byte 61")]
    [InlineData("Caf\u00E9 p\uFFFDrt", "(4,17) byte 63")] // é is two bytes
    [InlineData("\u20AC port \uFFFD", "(4,18) byte 65")] // € is three bytes
    [InlineData("\U0001F6A2 \uFFFD", "(4,14) byte 61")] // a ship: one character of two UTF-16 units, four bytes
    [InlineData("\uFFFD port \uFFFD", "(4,11) byte 56")] // the first one counts
    public void A_fact_file_is_reported_at_its_first_unreadable_character(string name, string expected)
        => Assert.Equal(expected, FactFileReport(Head + name + "\n"));

    [Fact]
    public void A_byte_order_mark_is_not_counted()
        => Assert.Equal("(4,16) byte 61", FactFileReport("\uFEFF" + Head + "The p\uFFFDrt\n"));

    [Fact]
    public void An_unreadable_first_character_is_at_byte_zero()
    {
        Assert.Equal("(1,1) byte 0", FactFileReport("\uFFFDentities:\n"));
        Assert.Equal("(1,2) byte 0", FactFileReport("\uFEFF\uFFFDentities:\n"));
    }

    // An article's text, and what the check says about it at the source's declaration.
    [Theory]
    [InlineData("Ships sailed.\n", "")]
    [InlineData("Ships sailed.\nThe p\uFFFDrt closed.\n", "The source text 'article.txt' is not valid UTF-8 at line 2, column 6, byte 19")]
    [InlineData("\uFEFFShips sailed \u2014 then\nthe p\uFFFDrt closed.\n", "The source text 'article.txt' is not valid UTF-8 at line 2, column 6, byte 27")]
    [InlineData("\uFFFD", "The source text 'article.txt' is not valid UTF-8 at line 1, column 1, byte 0")]
    public void An_article_is_reported_by_line_column_and_byte(string article, string expected)
    {
        string factFile = $"""
            sources:
              - id: article
                file: article.txt
                title: Article
                sha256: {SourceDocument.ComputeSha256(article)}

            """;
        string found = string.Join("\n", KnowledgeBaseChecker.Check([("/kb/article.txt", article), ("/kb/facts.yaml", factFile)]).Diagnostics
            .Where(d => d.Descriptor.Id == "KG0033")
            .Select(d => CheckRun.Describe(d, factFile)));

        Assert.Equal(expected.Length == 0 ? "" : "KG0033 at 'article.txt': " + expected + ": a byte could not be read as a character, or the text holds the replacement character U+FFFD; save the article as UTF-8 from its original and update sha256", found);
    }

    private static string FactFileReport(string text)
    {
        DiagnosticInfo[] found = KnowledgeBaseChecker.Check([("/kb/facts.yaml", text)]).Diagnostics.Where(d => d.Descriptor.Id == "KG0006").ToArray();
        if (found.Length == 0)
        {
            return "";
        }

        DiagnosticInfo diagnostic = Assert.Single(found);
        Microsoft.CodeAnalysis.Text.LinePosition start = Assert.IsType<LocationInfo>(diagnostic.Location).LineSpan.Start;
        string message = diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        string offset = message.Split("(byte ")[1].Split(' ')[0];
        Assert.Equal("The file is not valid UTF-8 here (byte " + offset + " of the text): a byte could not be read as a character, or the file holds the replacement character U+FFFD; save the file as UTF-8 and retype the character", message);
        Assert.Equal(start.Character, diagnostic.Location.Span.Start - text.LastIndexOf('\n', Math.Max(0, diagnostic.Location.Span.Start - 1)) - 1);
        return $"({start.Line + 1},{start.Character + 1}) byte {offset}";
    }
}
