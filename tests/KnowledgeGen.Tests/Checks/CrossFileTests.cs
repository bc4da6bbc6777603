using System.Collections.Immutable;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;
using static KnowledgeGen.Tests.Checks.KnowledgeBaseRun;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The checks across the fact files of one knowledge base (CrossFileChecker): an id declared in two files, two
/// ids that make one member name, one text declared as two sources, a file included by two paths, retired facts
/// and their replacements, links to facts of another file; and which files the generated code gets a data class
/// for. Each case is a knowledge base of several fact files under /kb/, given out of path order on purpose: the
/// first file by path keeps a declaration and the later one is reported, naming the first's place.
/// </summary>
public class CrossFileTests
{
    private static readonly string Base = "sources:\n" + Source() + Entities
        + "measures:\n  - { id: traffic-2018, description: The growth of the port's traffic., unit: percent }\n"
        + "facts:\n" + Claim("port-2018");

    private static string Run(params (string Path, string Text)[] files) => string.Join("\n", Diagnostics(files));

    private const string Unique = "; ids must be unique across all fact files, so this declaration is left out of the generated code: remove it or give it another id";
    private const string Rename = ", so this declaration is left out of the generated code; rename one of them";
    private const string Fact = "  - id: ID\n    kind: claim\n    statement: A statement.\n    citations:\n      - source: article\n        quote: Lee Park runs the port.\n";

    [Theory]
    // A later file's fact, entity, source and measure that repeat an earlier file's id.
    [InlineData("facts:\n" + Fact, "port-2018", "KG0020 b.yaml(2,9) 'port-2018': The fact id 'port-2018' is already declared at a.yaml(13,9)" + Unique)]
    [InlineData("entities:\n  - { id: chan, kind: person, name: Chan }\n  - { id: chan2, kind: person, name: Chan }\n", "", "KG0020 b.yaml(2,11) 'chan': The entity id 'chan' is already declared at a.yaml(9,11)" + Unique)]
    [InlineData("sources:\n  - id: article\n    file: article.txt\n    title: Article\n    sha256: SHA\n", "", "KG0020 b.yaml(2,9) 'article': The source id 'article' is already declared at a.yaml(2,9)" + Unique)]
    [InlineData("measures:\n  - { id: traffic-2018, description: Again., unit: percent }\n", "", "KG0020 b.yaml(2,11) 'traffic-2018': The measure id 'traffic-2018' is already declared at a.yaml(11,11)" + Unique)]
    // An id whose member name an earlier declaration's id already makes.
    [InlineData("facts:\n" + Fact, "port2018", "KG0024 b.yaml(2,9) 'port2018': The fact id 'port2018' makes the C# name 'Port2018', which the id 'port-2018' at a.yaml(13,9) makes too" + Rename)]
    [InlineData("entities:\n  - { id: chan-2, kind: person, name: Chan }\n  - { id: chan2, kind: person, name: Chan }\n", "", "KG0024 b.yaml(3,11) 'chan2': The entity id 'chan2' makes the C# name 'People.Chan2', which the id 'chan-2' at b.yaml(2,11) makes too" + Rename)]
    [InlineData("measures:\n  - { id: traffic2018, description: Again., unit: percent }\n", "", "KG0024 b.yaml(2,11) 'traffic2018': The measure id 'traffic2018' makes the C# name 'Traffic2018', which the id 'traffic-2018' at a.yaml(11,11) makes too" + Rename)]
    // One text declared as two sources: reported at the second id, not where the same id repeats.
    [InlineData("sources:\n  - id: article\n    file: article.txt\n    title: Article\n    sha256: SHA\n  - id: article-1\n    file: article.txt\n    title: Article\n    sha256: SHA\n", "",
        "KG0020 b.yaml(2,9) 'article': The source id 'article' is already declared at a.yaml(2,9)" + Unique
        + "\nKG0032 b.yaml(6,9) 'article-1': The source text '/kb/article.txt' is also declared as source 'article'; cite one source id per text")]
    [InlineData("sources:\n  - id: article-1\n    file: article.txt\n    title: Article\n    sha256: SHA\n  - id: article-2\n    file: ./article.txt\n    title: Article\n    sha256: SHA\n", "",
        "KG0032 b.yaml(2,9) 'article-1': The source text '/kb/article.txt' is also declared as source 'article'; cite one source id per text"
        + "\nKG0032 b.yaml(6,9) 'article-2': The source text '/kb/article.txt' is also declared as source 'article'; cite one source id per text")]
    public void A_later_file_repeating_an_id_or_a_member_name_is_reported_naming_the_first(string later, string factId, string expected)
        => Assert.Equal(expected, Run(("b.yaml", later.Replace("SHA", Sha).Replace("ID", factId)), ("a.yaml", Base)));
}
