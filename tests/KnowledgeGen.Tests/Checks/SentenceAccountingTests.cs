using KnowledgeGen.Checking;
using KnowledgeGen.Model;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// Sentence accounting over an article with a headline, two claims, credits and bylines some of which are printed
/// twice: every sentence is cited or listed under 'not-claims:' (KG0078 otherwise), a listed sentence is not cited
/// and a duplicate-of-earlier entry covers only repeats (KG0079), and 'through:' names a later sentence.
/// </summary>
public class SentenceAccountingTests
{
    /// <summary>Sentences 0 … 7; 5 repeats 3 and 7 repeats 4.</summary>
    private const string Article = "Weekly bulletin.\n"
        + "The port handled 2.5 million containers in 2019. Director Lee Park said traffic would grow.\n"
        + "Photo by Ann Ng.\n"
        + "Reporting by Sam Lee.\n"
        + "Photo by Ann Ng.\n"
        + "Reporting by wire staff.\n"
        + "Reporting by Sam Lee.\n";

    /// <summary>The entries that account for every sentence no fact cites, one a line.</summary>
    private const string Listed = """
        { quote: Weekly bulletin, reason: furniture }
        { quote: Photo by Ann Ng, reason: credit }
        { quote: Reporting by Sam Lee, reason: byline }
        { quote: Photo by Ann Ng, reason: duplicate-of-earlier }
        { quote: Reporting by wire staff, reason: byline }
        { quote: Reporting by Sam Lee, reason: duplicate-of-earlier }
        """;

    private const string Fact = """
          - id: traffic
            kind: claim
            statement: The port handled 2.5 million containers in 2019, and its director expects more.
            about: [port]
            citations:
              - { source: article, quote: "The port handled 2.5 million containers in 2019. Director Lee Park said traffic would grow." }

        """;

    private static string FactFile(string notClaims, string facts = Fact, string sourceId = "article") => $"""
        sources:
          - id: {sourceId}
            file: article.txt
            title: Article
            sha256: {SourceDocument.ComputeSha256(Article)}
            not-claims:
        {string.Concat(notClaims.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(e => "      - " + e.Trim() + "\n"))}
        """ + CheckRun.Entities + "facts:\n" + facts;

    private static CheckedKnowledgeBase Run(string notClaims, string facts = Fact, bool withText = true)
    {
        var files = new List<(string, string)> { ("/kb/facts.yaml", FactFile(notClaims, facts)) };
        if (withText)
        {
            files.Add(("/kb/article.txt", Article));
        }

        return KnowledgeBaseChecker.Check(files);
    }

    /// <summary>The diagnostics, as CheckRun writes them, keeping the accounting warning KG0078 that CheckRun leaves out.</summary>
    private static string Diagnostics(string notClaims, string facts = Fact, bool withText = true)
    {
        string text = FactFile(notClaims, facts);
        return string.Join("\n", Run(notClaims, facts, withText).Diagnostics
            .Where(d => d.Descriptor.Id == "KG0078" || CheckRun.Correctness([d]).Any())
            .Select(d => CheckRun.Describe(d, text)));
    }

    private static string Without(params string[] quotes)
        => string.Join("\n", Listed.Split('\n').Where(line => !quotes.Any(q => line.Contains(q, StringComparison.Ordinal))));

    private const string NotListed = "KG0078 at 'article': Source 'article' has sentences that no fact cites and 'not-claims:' does not list ";
    private const string Remedy = "; state each one's claims as facts, or list it under 'not-claims:' with the reason it holds none ('knowledgegen coverage' lists them all)";

    [Fact]
    public void Every_sentence_cited_or_listed_is_accounted_for()
    {
        Assert.Equal("", Diagnostics(Listed));
        SourceAccount account = Assert.Single(Run(Listed).Accounts);
        Assert.Equal(("article", 8, 2, 6, 8), (account.SourceId, account.Sentences, account.Cited, account.Listed, account.Accounted));
        Assert.Empty(account.Left);
    }

    [Theory]
    [InlineData("facts:\n\t- id: x\n", "KG0001")]
    [InlineData("facts: &a []\n", "KG0002")]
    public void A_fact_file_that_could_not_be_read_leaves_its_sentences_unreported(string unreadable, string error)
    {
        // The fact citing the first two sentences stands in a file the YAML reader gave up on: they are not reported
        // as unaccounted, only the error to fix is.
        var files = new List<(string, string)> { ("/kb/facts.yaml", FactFile(Listed, "  []\n")), ("/kb/article.txt", Article), ("/kb/more.yaml", unreadable) };

        CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check(files);

        Assert.Equal([error], checkedBase.Diagnostics.Select(d => d.Descriptor.Id));
        Assert.Equal(2, Assert.Single(checkedBase.Accounts).Left.Count);
        Assert.Contains("KG0078", KnowledgeBaseChecker.Check(files.Take(2)).Diagnostics.Select(d => d.Descriptor.Id));
    }

    [Fact]
    public void A_quote_not_found_leaves_its_sources_sentences_unreported()
    {
        // The one mistake is the quote's: the sentence it meant is not reported as unaccounted on top of it.
        string[] reported = Diagnostics(Listed, Fact.Replace("2.5 million containers", "2.5 million crates", StringComparison.Ordinal)).Split('\n');

        Assert.StartsWith("KG0040 ", Assert.Single(reported), StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(Run(Listed, Fact.Replace("2.5 million containers", "2.5 million crates", StringComparison.Ordinal)).Accounts).Left.Count);
    }

    [Fact]
    public void Sentences_neither_cited_nor_listed_are_counted_and_the_first_is_shown()
    {
        Assert.Equal(NotListed + "(1 of its 8), the first being: \"Reporting by wire staff.\"" + Remedy, Diagnostics(Without("wire staff")));
        Assert.Equal(NotListed + "(2 of its 8), the first being: \"Photo by Ann Ng.\"" + Remedy, Diagnostics(Without("wire staff", "reason: credit")));

        SourceAccount account = Assert.Single(Run(Without("wire staff", "reason: credit")).Accounts);
        Assert.Equal(["Photo by Ann Ng.", "Reporting by wire staff."], account.Left);
        Assert.Equal((2, 4, 6), (account.Cited, account.Listed, account.Accounted));

        // Without the fact, both of its sentences are left (a quote across two sentences cites both).
        Assert.Equal(NotListed + "(2 of its 8), the first being: \"The port handled 2.5 million containers in 2019.\"" + Remedy, Diagnostics(Listed, facts: "  []\n"));
    }

    [Theory]
    // 'through:' covers the sentences from the quote's to the first later one holding its words (here the quote's own).
    [InlineData("{ quote: Photo by Ann Ng, through: Reporting by Sam Lee, reason: credit }", "reason: credit|Reporting by Sam Lee, reason: byline", "")]
    [InlineData("{ quote: Photo by Ann Ng, through: Reporting by wire staff, reason: credit }", "reason: credit|Reporting by Sam Lee, reason: byline|wire staff", "")]
    [InlineData("{ quote: Weekly, through: bulletin, reason: furniture }", "Weekly bulletin", "")]
    // A cited sentence holds a claim.
    [InlineData("{ quote: The port handled, reason: furniture }", "",
        "KG0079 at 'The port handled': The 'not-claims:' entry covers the sentence \"The port handled 2.5 million containers in 2019.\", which fact 'traffic' cites; a cited sentence holds a claim, so take it out of 'not-claims:'")]
    [InlineData("{ quote: Weekly bulletin, through: Director Lee Park, reason: furniture }", "Weekly bulletin",
        "KG0079 at 'Weekly bulletin': The 'not-claims:' entry covers the sentence \"The port handled 2.5 million containers in 2019.\", which fact 'traffic' cites; a cited sentence holds a claim, so take it out of 'not-claims:'\n"
        + "KG0079 at 'Weekly bulletin': The 'not-claims:' entry covers the sentence \"Director Lee Park said traffic would grow.\", which fact 'traffic' cites; a cited sentence holds a claim, so take it out of 'not-claims:'")]
    // A duplicate-of-earlier entry covers repeats only: a range through a sentence printed once, words printed once.
    [InlineData("{ quote: Photo by, through: Reporting by, reason: duplicate-of-earlier }", "duplicate-of-earlier",
        "KG0079 at 'Photo by': The 'not-claims:' entry covers the sentence \"Reporting by wire staff.\", which repeats no earlier sentence of the source, though the reason given is duplicate-of-earlier; end the entry before it, or give the right reason")]
    [InlineData("{ quote: Weekly bulletin, reason: duplicate-of-earlier }", "Weekly bulletin",
        "KG0079 at 'Weekly bulletin': The 'not-claims:' entry covers the sentence \"Weekly bulletin.\", which repeats no earlier sentence of the source, though the reason given is duplicate-of-earlier; give the right reason, or name the sentence's second printing\n"
        + NotListed + "(1 of its 8), the first being: \"Weekly bulletin.\"" + Remedy)]
    [InlineData("{ quote: Photo by Ann Ng, through: wire staff, reason: duplicate-of-earlier }", "Photo by Ann Ng, reason: duplicate",
        "KG0079 at 'Photo by Ann Ng': The 'not-claims:' entry covers the sentence \"Reporting by wire staff.\", which repeats no earlier sentence of the source, though the reason given is duplicate-of-earlier; give the right reason, or name the sentence's second printing\n"
        + NotListed + "(1 of its 8), the first being: \"Photo by Ann Ng.\"" + Remedy)]
    // 'through:' names a sentence before the quote's, or words that stand nowhere.
    [InlineData("{ quote: Reporting by wire staff, through: Photo by Ann Ng, reason: byline }", "wire staff",
        "KG0079 at 'Reporting by wire staff': The 'not-claims:' entry covers the sentence \"Photo by Ann Ng.\", which comes before the sentence of 'quote:'; 'through:' must name a later sentence than 'quote:'\n"
        + NotListed + "(1 of its 8), the first being: \"Reporting by wire staff.\"" + Remedy)]
    [InlineData("{ quote: Reporting by wire staff, through: Photos by nobody, reason: byline }", "wire staff",
        "KG0040 at 'Reporting by wire staff': The quote does not stand in source 'article' (compared after normalisation); the closest sentence is: \"Photo by Ann Ng.\" (not in it: 'Photos', 'nobody')\n"
        + NotListed + "(1 of its 8), the first being: \"Reporting by wire staff.\"" + Remedy)]
    [InlineData("{ quote: Photos by nobody, reason: credit }", "",
        "KG0040 at 'Photos by nobody': The quote does not stand in source 'article' (compared after normalisation); the closest sentence is: \"Photo by Ann Ng.\" (not in it: 'Photos', 'nobody')")]
    [InlineData("{ quote: Photos by nobody, reason: duplicate-of-earlier }", "",
        "KG0040 at 'Photos by nobody': The quote does not stand in source 'article' (compared after normalisation); the closest sentence is: \"Photo by Ann Ng.\" (not in it: 'Photos', 'nobody')")]
    // Words that normalise to nothing (a zero-width space) stand nowhere, not in every sentence.
    [InlineData("{ quote: \"\\u200B\", reason: furniture }", "",
        "KG0040 at '\"\\u200B\"': The quote does not stand in source 'article' (compared after normalisation); the closest sentence is: \"Weekly bulletin.\"")]
    public void Each_not_claims_entry_covers_only_what_it_may(string entry, string replaces, string expected)
    {
        string listed = replaces.Length == 0 ? Listed : Without(replaces.Split('|'));
        Assert.Equal(expected, Diagnostics(listed + "\n" + entry));
    }

    [Fact]
    public void Citations_that_place_no_sentence_are_not_counted()
    {
        // The quote stands nowhere: reported as such, and its sentences are left.
        string wrong = Fact.Replace("Director Lee Park said traffic would grow.", "Director Lee Park said traffic would fall.");
        Assert.StartsWith("KG0040 at '\"The port handled 2.5 million containers in 2019. Director Lee Park said traffic would fall.\"'", Diagnostics(Listed, wrong));
        Assert.Equal((0, 6), Run(Listed, wrong).Accounts.Select(a => (a.Cited, a.Listed)).Single());

        // The text is missing: reported at its file, and there is nothing to account for.
        Assert.StartsWith("KG0030 at 'article.txt'", Diagnostics(Listed, withText: false));
        Assert.Empty(Run(Listed, withText: false).Accounts);
    }

    [Fact]
    public void Each_source_is_accounted_once_in_order_of_id()
    {
        string second = FactFile(Listed, "  []\n", "a-article").Replace("title: Article", "title: Second");
        CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check([
            ("/kb/facts.yaml", FactFile(Listed)),
            ("/kb/second.yaml", second.Replace(CheckRun.Entities, "")),
            ("/kb/article.txt", Article)]);

        Assert.Equal(
            [("a-article", 8, 0, 6), ("article", 8, 2, 6)],
            checkedBase.Accounts.Select(a => (a.SourceId, a.Sentences, a.Cited, a.Listed)));
    }

    [Fact]
    public void A_source_declared_twice_is_accounted_once()
    {
        // The second declaration is reported by the cross-file checks (KG0020); its sentences are not counted again.
        string again = FactFile("", "  []\n").Replace(CheckRun.Entities, "").Replace("    not-claims:\n", "");
        CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check([
            ("/kb/facts.yaml", FactFile(Without("wire staff"))),
            ("/kb/later.yaml", again),
            ("/kb/article.txt", Article)]);

        Assert.Equal(["KG0020", "KG0078"], checkedBase.Diagnostics.Select(d => d.Descriptor.Id).Where(id => id is "KG0020" or "KG0078").Order());
        Assert.Equal([("article", 1)], checkedBase.Accounts.Select(a => (a.SourceId, a.Left.Count)));
    }

    [Theory]
    [InlineData("", "Weekly bulletin: 0|Photo by Ann Ng: 3|Reporting by Sam Lee: 4|Photo by Ann Ng: 5|Reporting by wire staff: 6|Reporting by Sam Lee: 7")]
    [InlineData("{ quote: Photo by, through: Reporting by, reason: duplicate-of-earlier }", "Photo by: 5|Photo by: 6|Photo by: 7")]
    [InlineData("{ quote: Photo by Ann Ng, through: Reporting by wire staff, reason: credit }", "Photo by Ann Ng: 3|Photo by Ann Ng: 4|Photo by Ann Ng: 5|Photo by Ann Ng: 6")]
    [InlineData("{ quote: Weekly, through: bulletin, reason: furniture }", "Weekly: 0")]
    [InlineData("{ quote: Weekly bulletin, reason: duplicate-of-earlier }", "")]
    [InlineData("{ quote: Reporting by wire staff, through: Photo by Ann Ng, reason: byline }", "")]
    [InlineData("{ quote: Photos by nobody, through: Photo by Ann Ng, reason: credit }", "")]
    public void Coverage_lists_each_sentence_an_entry_covers(string entry, string expected)
    {
        // Sentence numbers count from 0 over the whole article; the fact's two sentences are 1 and 2.
        CheckedKnowledgeBase checkedBase = Run(entry.Length == 0 ? Listed : entry);
        SourceSpec source = checkedBase.Files.Single().File.Sources.Single();
        SourceDocument document = checkedBase.DocumentOf(source) ?? throw new InvalidOperationException("no text");
        Assert.Equal(expected, string.Join("|", SentenceAccounting.Coverage(source, document).Select(c => c.Entry.Quote + ": " + c.Sentence)));
    }
}
