using System.Collections.Immutable;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The checks of one fact file against the catalog (FactFileChecker): each quote stands in its source whole
/// (KG0040, KG0044, KG0047, KG0048), long enough to carry a claim (KG0045) and once, or with the occurrence it
/// means (KG0046, KG0012); its source's text is there, unchanged and readable (KG0030, KG0031, KG0033), checked
/// once however many files declare it; and what the checked knowledge base gives its users (DocumentOf, Facts).
/// </summary>
public class QuoteCheckTests
{
    // The May sentence is exactly 100 characters, the June one longer: a message shows the first whole, the second cut.
    private const string Article =
        "Port Report\n"
        + "Lee Park runs the port. Traffic grew 4 per cent in 2018, the port said. Traffic rose.\n"
        + "Container shipments strengthened considerably afterwards, officials said.\n"
        + "In May, officials said the port was busy, and the harbour master said ships were waiting at anchors.\n"
        + "In June, officials said the port was busy again, with ships waiting at anchor for days before they could reach a berth.\n";

    private static readonly string Sha = SourceDocument.ComputeSha256(Article);

    private static string Declaration(string sha) => $"sources:\n  - id: article\n    file: article.txt\n    title: Article\n    sha256: {sha}\n";

    private static string Facts(string citation)
        => "facts:\n  - id: the-fact\n    kind: claim\n    statement: A statement.\n    citations:\n      - source: article\n" + citation;

    private static string Run(string citation, string article = Article)
    {
        string file = Declaration(SourceDocument.ComputeSha256(article)) + Facts(citation);
        return string.Join("\n", CheckRun.Correctness(KnowledgeBaseChecker.Check([("/kb/facts.yaml", file), ("/kb/article.txt", article)]).Diagnostics).Select(d => CheckRun.Describe(d, file)));
    }

    private const string Busy = "officials said the port was busy";
    private const string May = "In May, officials said the port was busy, and the harbour master said ships were waiting at anchors.";
    private const string June = "In June, officials said the port was busy again, with ships waiting at anchor for days before they\u2026";
    private const string Short = "; a quote needs at least 4 words and 20 letters, unless it is a whole sentence, so quote the clause that states the fact";

    [Theory]
    [InlineData("        quote: Traffic grew 4 per cent in 2018\n", "")]
    [InlineData("        quote: raffic grew 4 per cent in 2018\n", "KG0044 at 'raffic grew 4 per cent in 2018': The quote begins inside the word 'Traffic' of source 'article'; begin and end the quote at whole words")]
    [InlineData("        quote: Traffic grew 4 per cent in 201\n", "KG0044 at 'Traffic grew 4 per cent in 201': The quote ends inside the word '2018' of source 'article'; begin and end the quote at whole words")]
    [InlineData("        quote: lee park runs the port.\n", "KG0047 at 'lee park runs the port.': The quote differs from source 'article' only in upper and lower case; the source prints: \"Lee Park runs the port.\", so copy its capitals")]
    // Within one paragraph.
    [InlineData("        quote: the port said. Traffic rose. Container shipments\n", "KG0048 at 'the port said. Traffic rose. Container shipments': The quote runs from one paragraph of source 'article' into the next (line 2 into line 3); a quote stays within one paragraph, so split it into two citations")]
    // Long enough: 4 words and 20 letters, or a whole sentence.
    [InlineData("        quote: Traffic rose.\n", "")]
    [InlineData("        quote: the port said\n", "KG0045 at 'the port said': The quote has 3 word(s) and 11 letter(s)" + Short)]
    [InlineData("        quote: shipments strengthened considerably\n", "KG0045 at 'shipments strengthened considerably': The quote has 3 word(s) and 33 letter(s)" + Short)]
    [InlineData("        quote: Lee Park runs the\n", "KG0045 at 'Lee Park runs the': The quote has 4 word(s) and 14 letter(s)" + Short)]
    [InlineData("        quote: Park runs the port.\n", "KG0045 at 'Park runs the port.': The quote has 4 word(s) and 15 letter(s)" + Short)]
    [InlineData("        quote: Container shipments strengthened considerably\n", "")]
    // Too short and standing twice: the length is what to fix first, so it is the only report.
    [InlineData("        quote: the port was busy\n", "KG0045 at 'the port was busy': The quote has 4 word(s) and 14 letter(s)" + Short)]
    // Once, or with the occurrence it means.
    [InlineData("        quote: " + Busy + "\n", "KG0046 at '" + Busy + "': The quote stands 2 times in source 'article': line 4 \"" + May + "\"; line 5 \"" + June + "\"; quote more words so that it stands once, or add 'occurrence: N' to the citation (1 for the first)")]
    [InlineData("        quote: " + Busy + "\n        occurrence: 2\n", "")]
    [InlineData("        quote: " + Busy + "\n        occurrence: 3\n", "KG0012 at '3': The field 'occurrence' must be a number from 1 to 2: the quote stands 2 times in its source")]
    [InlineData("        quote: Traffic grew 4 per cent in 2018\n        occurrence: 2\n", "KG0012 at '2': The field 'occurrence' must be 1, or left out: the quote stands once in its source")]
    public void A_quote_stands_once_and_whole_in_its_source(string citation, string expected)
        => Assert.Equal(expected, Run(citation));

    [Fact]
    public void A_source_text_that_is_not_valid_utf8_is_reported_at_its_file()
        => Assert.Equal(
            "KG0033 at 'article.txt': The source text 'article.txt' is not valid UTF-8 at line 2, column 9, byte 20: a byte could not be read as a character, or the text holds the replacement character U+FFFD; save the article as UTF-8 from its original and update sha256",
            Run("        quote: Traffic grew 4 per cent in 2018\n", Article.Replace("Park runs", "Park\uFFFD runs")));

    [Fact]
    public void A_source_id_declared_again_for_another_text_is_checked_only_where_first_declared()
    {
        // b.yaml's 'article' (another text, which is not there, and another hash) is a repeated id, reported as such.
        string repeated = "sources:\n  - id: article\n    file: missing.txt\n    title: Article\n    sha256: " + new string('0', 64) + "\n";
        var files = new (string, string)[] { ("/kb/b.yaml", repeated), ("/kb/a.yaml", Declaration(Sha) + Facts("        quote: Traffic grew 4 per cent in 2018\n")), ("/kb/article.txt", Article) };
        Assert.Equal(["KG0020"], CheckRun.Correctness(KnowledgeBaseChecker.Check(files).Diagnostics).Select(d => d.Descriptor.Id).ToArray());
        string otherHash = "sources:\n  - id: article\n    file: article.txt\n    title: Article\n    sha256: " + new string('0', 64) + "\n";
        // A repeat that names the same text is checked against it like the first.
        Assert.Equal(["KG0031", "KG0020"], CheckRun.Correctness(KnowledgeBaseChecker.Check([("/kb/b.yaml", otherHash), files[1], files[2]]).Diagnostics).Select(d => d.Descriptor.Id).ToArray());
    }

    [Fact]
    public void A_checked_citation_carries_the_span_of_its_quote_in_the_source()
    {
        CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check([("/kb/facts.yaml", Declaration(Sha) + Facts("        quote: Traffic grew 4 per cent in 2018\n")), ("/kb/article.txt", Article)]);
        CitationSpec citation = checkedBase.Facts.Single().Citations.Single();
        Assert.Equal("Traffic grew 4 per cent in 2018", citation.SourceSpan is { } span ? Article.Substring(span.Start, span.Length) : null);
        Assert.Equal("Traffic grew 4 per cent in 2018, the port said.", citation.Sentence);
    }

    [Fact]
    public void The_checks_of_a_file_stop_when_cancelled()
    {
        FactFileSpec file = FactFileParser.Parse("/kb/facts.yaml", Declaration(Sha) + Facts("        quote: Traffic grew 4 per cent in 2018\n"), default);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => FactFileChecker.Check(file, KnowledgeCatalog.Empty, cancelled.Token));
        Assert.Single(FactFileChecker.Check(file, KnowledgeCatalog.Empty, default).File.Facts);
    }

    [Fact]
    public void The_checked_knowledge_base_finds_a_sources_text_and_lists_facts_by_id()
    {
        string facts = Declaration(Sha) + "  - id: missing\n    file: missing.txt\n    title: Missing\n    sha256: " + Sha + "\n"
            + Facts("        quote: Traffic grew 4 per cent in 2018\n").Replace("the-fact", "z-fact")
            + "  - id: a-fact\n    kind: claim\n    statement: A statement.\n    citations:\n      - source: article\n        quote: Lee Park runs the port.\n";
        CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check([("/kb/facts.yaml", facts), ("/kb/other.txt", "Another text.\n"), ("/kb/article.txt", Article)]);
        Assert.Equal(["a-fact", "z-fact"], checkedBase.Facts.Select(f => f.Id).ToArray());
        SourceSpec[] sources = checkedBase.Files.Single().File.Sources.ToArray();
        Assert.Equal(Article, checkedBase.DocumentOf(sources[0])?.Text);
        Assert.Null(checkedBase.DocumentOf(sources[1]));
    }

    // The catalog: the first file by path declares an id declared twice, whatever order the files come in.
    [Fact]
    public void The_catalog_takes_each_id_from_the_first_file_by_path_and_lists_ids_in_order()
    {
        string a = Declaration(Sha) + "entities:\n  - { id: port, kind: organisation, name: The port }\n  - { id: chan, kind: person, name: Chan }\n";
        string b = "sources:\n  - id: article\n    file: other.txt\n    title: Other\n    sha256: " + Sha + "\n  - id: another\n    file: other.txt\n    title: Another\n    sha256: " + Sha + "\n"
            + "entities:\n  - { id: port, kind: place, name: Port Town }\n";
        KnowledgeCatalog catalog = KnowledgeCatalog.Build(
            [CatalogPart.From(FactFileParser.Parse("/kb/b.yaml", b, default)), CatalogPart.From(FactFileParser.Parse("/kb/a.yaml", a, default))],
            [SourceDocument.Create("/kb/article.txt", Article)]);
        Assert.Equal(["chan", "port"], catalog.Entities.Select(e => e.Id).ToArray());
        Assert.Equal("The port", catalog.Entities.Single(e => e.Id == "port").Name);
        Assert.Equal(["another", "article"], catalog.Sources.Select(s => s.Id).ToArray());
        Assert.Equal(("Article", true), (catalog.Sources[1].Title, catalog.Sources[1].Document is not null));
        Assert.Null(catalog.Sources[0].Document);
    }
}
