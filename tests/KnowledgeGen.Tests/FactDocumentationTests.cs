using System.Xml.Linq;
using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests;

/// <summary>
/// What an editor's tooltip shows for a fact member, read as an editor reads it: the compiler's documentation of the
/// member's symbol, whatever shape the generated comment has.
/// </summary>
public class FactDocumentationTests
{
    [Fact]
    public void A_fact_members_documentation_holds_the_statement_the_value_and_the_whole_sentence_each_citation_quotes()
    {
        GeneratorResult result = SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact);
        DiagnosticAssert.None(result.GeneratorDiagnostics);

        INamedTypeSymbol facts = Assert.IsAssignableFrom<INamedTypeSymbol>(result.Output.GetTypeByMetadataName("Test.Knowledge.TestFacts+Facts"));
        ISymbol member = Assert.Single(facts.GetMembers("Containers2019"));
        XElement documentation = XElement.Parse(member.GetDocumentationCommentXml() ?? string.Empty);
        string summary = documentation.Element("summary")?.Value ?? string.Empty;
        string remarks = documentation.Element("remarks")?.Value ?? string.Empty;

        string sentence = SmallKnowledgeBase.Article.Split('\n')[0];
        Assert.StartsWith("The port handled 2.5 million containers in 2019.", summary, StringComparison.Ordinal);
        Assert.Contains("2500000 container", summary, StringComparison.Ordinal);
        Assert.Contains("2.5 million containers", summary, StringComparison.Ordinal);
        Assert.Contains("\u201C" + sentence + "\u201D", remarks, StringComparison.Ordinal);
        Assert.Contains("port-report", remarks, StringComparison.Ordinal);
        Assert.Single(documentation.Elements("summary"));
        Assert.Single(documentation.Elements("remarks"));
    }
}
