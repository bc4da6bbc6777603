using KnowledgeGen.Checking;
using KnowledgeGen.Tests.Infrastructure;
using static KnowledgeGen.Tests.Infrastructure.CompiledKnowledgeBase;

namespace KnowledgeGen.Tests;

/// <summary>
/// A located citation's sentence is written once, as a sentence of its source with the source's declaration, and each
/// citation reads it there by number: facts of several files citing one sentence do not each repeat it.
/// </summary>
public sealed class CitedSentenceTests
{
    private const string FirstSentence = "The port handled 2.5 million containers in 2019, up 4 per cent.";

    [Fact]
    public void A_sentence_cited_from_two_files_is_written_once_with_its_source_and_read_back_by_each_citation()
    {
        string other = SmallKnowledgeBase.ValidFact.Replace("containers-2019", "containers-again", StringComparison.Ordinal);
        GeneratorResult result = SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact, ("more.yaml", other));
        DiagnosticAssert.None(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);

        // Outside the documentation (each fact's tooltip quotes its sentence), the sentence stands in the code once:
        // in the sentences of the source, which the declarations' file holds.
        Dictionary<string, int> counts = result.GeneratedSources.ToDictionary(
            source => source.Key,
            source => source.Value.Split('\n').Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)).Sum(line => Occurrences(line, FirstSentence)));
        Assert.Equal(1, counts.Values.Sum());
        Assert.StartsWith("declarations_yaml.", counts.Single(c => c.Value == 1).Key, StringComparison.Ordinal);

        using CompiledKnowledgeBase compiled = Load(result.Output, "Test.Knowledge.TestFacts");
        foreach (string id in new[] { "containers-2019", "containers-again" })
        {
            object citation = First(Get(compiled.Fact(id), "Citations")!);
            Assert.Equal(FirstSentence, Get(citation, "Sentence"));
            Assert.Equal("The port handled 2.5 million containers in 2019", Get(citation, "Quote"));
            Assert.Equal(1, Get(citation, "SentenceNumber"));
            Assert.Equal("port-report", Get(Get(citation, "Source")!, "Id"));
        }
    }

    [Fact]
    public void A_quote_running_across_two_sentences_reads_both_joined_as_the_build_gives_them()
    {
        const string article = "Port figures.\nThe port handled 2.5 million containers. Traffic rose in 2019.\n";
        string declarations = SmallKnowledgeBase.Declarations.Replace(SmallKnowledgeBase.ArticleSha256, SourceDocument.ComputeSha256(article), StringComparison.Ordinal);
        string facts = SmallKnowledgeBase.ValidFact.Replace("quote: The port handled 2.5 million containers in 2019", "quote: 'handled 2.5 million containers. Traffic rose'", StringComparison.Ordinal);
        GeneratorResult result = GeneratorHarness.Run(("article.txt", article), ("declarations.yaml", declarations), ("facts.yaml", facts));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationDiagnostics);

        using CompiledKnowledgeBase compiled = Load(result.Output, "Test.Knowledge.TestFacts");
        object citation = First(Get(compiled.Fact("containers-2019"), "Citations")!);
        Assert.Equal("The port handled 2.5 million containers. Traffic rose in 2019.", Get(citation, "Sentence"));
        Assert.Equal("handled 2.5 million containers. Traffic rose", Get(citation, "Quote"));
        Assert.Equal(2, Get(citation, "SentenceNumber"));
        Assert.Equal(2, Get(citation, "Paragraph"));
    }

    private static int Occurrences(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
