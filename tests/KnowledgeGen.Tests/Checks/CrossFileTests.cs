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

    // Which files get a data class: each that keeps a declaration, in path order; not one whose every
    // declaration was left out as a repeat, nor (below) one that is not valid UTF-8.
    [Fact]
    public void A_data_class_is_generated_for_each_file_that_keeps_a_declaration()
    {
        string repeat = "facts:\n" + Fact.Replace("ID", "port-2018");
        CheckedKnowledgeBase checkedBase = Check(
            ("z-facts.yaml", repeat + Fact.Replace("ID", "port-2019")),
            ("y-entities.yaml", "entities:\n  - { id: chan, kind: person, name: Chan }\n  - { id: mr-chan, kind: person, name: Chan }\n"),
            ("x-sources.yaml", "sources:\n" + Source() + Source("second", "article.txt")),
            ("w-measures.yaml", "measures:\n  - { id: traffic-2018, description: Again., unit: percent }\n  - { id: traffic-2019, description: Next year's., unit: percent }\n"),
            ("only-a-repeated-fact.yaml", repeat),
            ("only-a-repeated-entity.yaml", "entities:\n  - { id: chan, kind: person, name: Chan }\n"),
            ("only-a-repeated-source.yaml", "sources:\n" + Source()),
            ("only-a-repeated-measure.yaml", "measures:\n  - { id: traffic-2018, description: Again., unit: percent }\n"),
            ("only-a-colliding-fact.yaml", "facts:\n" + Fact.Replace("ID", "port2018")),
            ("a.yaml", Base));
        Assert.Equal(
            ["/kb/a.yaml", "/kb/w-measures.yaml", "/kb/x-sources.yaml", "/kb/y-entities.yaml", "/kb/z-facts.yaml"],
            checkedBase.Index.FactFiles.ToArray());
        Assert.Equal((2, 4, 2), (checkedBase.Index.FactCount, checkedBase.Index.EntityCount, checkedBase.Index.SourceCount));
    }

    [Fact]
    public void A_file_that_is_not_valid_utf8_is_not_generated()
    {
        string broken = "facts:\n" + Fact.Replace("ID", "port-2020").Replace("A statement.", "A statement \uFFFD.");
        CrossFileResult result = CrossFile(("/kb/a.yaml", Base), ("/kb/b.yaml", broken));
        Assert.Equal(["/kb/b.yaml"], result.NotGenerated.ToArray());
        Assert.Equal(["/kb/a.yaml"], result.Index.FactFiles.ToArray());
        Assert.Empty(CrossFile(("/kb/a.yaml", Base)).NotGenerated);
    }

    [Fact]
    public void Files_and_their_diagnostics_come_in_path_order()
    {
        string unknownEntity = "facts:\n" + Claim("port-2019", extra: "    about: [nobody]\n");
        CheckedKnowledgeBase checkedBase = Check(("c.yaml", unknownEntity.Replace("port-2019", "port-2020")), ("b.yaml", unknownEntity), ("a.yaml", Base));
        Assert.Equal(["/kb/a.yaml", "/kb/b.yaml", "/kb/c.yaml"], checkedBase.Files.Select(f => f.File.Path).ToArray());
        Assert.Equal(["/kb/b.yaml", "/kb/c.yaml"], CheckRun.Correctness(checkedBase.Diagnostics).Select(d => d.Location?.FilePath ?? "").ToArray());
    }

    // A file that reached the checks by several paths is checked once, under the plainest path.
    [Theory]
    [InlineData("/kb/a.yaml|/kb/./a.yaml", "/kb/a.yaml", "KG0025 /kb/./a.yaml: This fact file is already included as 'a.yaml'; include each fact file once")]
    [InlineData("/kb/sub/../a.yaml|/kb/a.yaml", "/kb/a.yaml", "KG0025 /kb/sub/../a.yaml: This fact file is already included as 'a.yaml'; include each fact file once")]
    [InlineData("/kb/sub/../a.yaml|/kb/./a.yaml", "/kb/./a.yaml", "KG0025 /kb/sub/../a.yaml: This fact file is already included as 'a.yaml'; include each fact file once")]
    [InlineData("/kb/y/../a.yaml|/kb/x/../a.yaml", "/kb/x/../a.yaml", "KG0025 /kb/y/../a.yaml: This fact file is already included as 'a.yaml'; include each fact file once")]
    public void A_file_included_twice_is_checked_once_under_its_plainest_path(string paths, string kept, string expected)
    {
        CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check(
            paths.Split('|').Select(p => (p, Base)).Append(("/kb/article.txt", Article)), "/kb");
        Assert.Equal(expected, string.Join("\n", CheckRun.Correctness(checkedBase.Diagnostics).Select(d => d.Descriptor.Id + " " + d.Location?.FilePath + ": " + d.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal([kept], checkedBase.Files.Select(f => f.File.Path).ToArray());
        Assert.Equal(["port-2018"], checkedBase.Facts.Select(f => f.Id).ToArray());
    }

    [Fact]
    public void The_paths_left_out_are_listed_in_path_order()
    {
        string other = "facts:\n" + Fact.Replace("ID", "port-2019");
        CrossFileResult result = CrossFile(("/kb/a.yaml", Base), ("/kb/x/../a.yaml", Base), ("/kb/b.yaml", other), ("/kb/./b.yaml", other));
        Assert.Equal(["/kb/./b.yaml", "/kb/x/../a.yaml"], result.LeftOut.ToArray());
    }

    // Retired facts: a retired id is no live fact's, and its replacement is one (of any file).
    [Theory]
    [InlineData("retired:\n  - { id: port-2017, reason: Gone., replacement: port-2018 }\n", "")]
    [InlineData("retired:\n  - { id: port-2017, reason: Gone. }\n", "")]
    [InlineData("retired:\n  - { id: port-2018, reason: Gone. }\n", "KG0065 b.yaml(2,11) 'port-2018': The fact 'port-2018' is retired here, but a fact with that id is declared at a.yaml(13,9); an id that is retired may not be used again, so remove the fact or this retired entry (this entry is left out of the generated code)")]
    [InlineData("retired:\n  - { id: port-2017, reason: Gone., replacement: port-2016 }\n", "KG0066 b.yaml(2,50) 'port-2016': The retired fact 'port-2017' names 'port-2016' as its replacement, but no fact of this knowledge base has that id; name a fact that exists, or leave 'replacement:' out")]
    [InlineData("retired:\n  - { id: port-2017, reason: Gone., replacement: port-2017 }\n", "KG0066 b.yaml(2,50) 'port-2017': The retired fact 'port-2017' names 'port-2017' as its replacement, but no fact of this knowledge base has that id; name a fact that exists, or leave 'replacement:' out")]
    [InlineData("retired:\n  - { id: port2018, reason: Gone. }\n", "KG0024 b.yaml(2,11) 'port2018': The fact id 'port2018' makes the C# name 'Port2018', which the id 'port-2018' at a.yaml(13,9) makes too" + Rename)]
    [InlineData("retired:\n  - { id: port-2017, reason: Gone. }\n  - { id: port-2017, reason: Again. }\n", "KG0020 b.yaml(3,11) 'port-2017': The fact id 'port-2017' is already declared at b.yaml(2,11)" + Unique)]
    [InlineData("retired:\n  - { id: port-2017, reason: Gone., replacement: port-2016 }\n  - { id: port-2017, reason: Again., replacement: port-2016 }\n",
        "KG0066 b.yaml(2,50) 'port-2016': The retired fact 'port-2017' names 'port-2016' as its replacement, but no fact of this knowledge base has that id; name a fact that exists, or leave 'replacement:' out"
        + "\nKG0066 b.yaml(3,51) 'port-2016': The retired fact 'port-2017' names 'port-2016' as its replacement, but no fact of this knowledge base has that id; name a fact that exists, or leave 'replacement:' out")]
    public void A_retired_fact_is_no_live_fact_and_its_replacement_is_one(string later, string expected)
    {
        CheckedKnowledgeBase checkedBase = Check(("b.yaml", later), ("a.yaml", Base));
        Assert.Equal(expected, string.Join("\n", Diagnostics([("b.yaml", later), ("a.yaml", Base)])));
        Assert.Equal(1, checkedBase.Index.FactCount); // a retired id is not counted among the facts

        // An entry reported is left out of the generated code (its id, on the line of its diagnostic); one that passes is kept.
        CrossFileResult result = CrossFile(("/kb/a.yaml", Base), ("/kb/b.yaml", later));
        Assert.Equal(
            expected.Split('\n').Where(e => e.Length > 0).Select(e => e.Split(' ')[1].Split(',')[0] + ",11)").ToArray(),
            result.Excluded.Select(l => $"{l.FilePath.Substring(4)}({l.LineSpan.Start.Line + 1},{l.LineSpan.Start.Character + 1})").ToArray());
    }

    // Links to facts of another file.
    [Theory]
    [InlineData("    supersedes: [port-2018]\n", "")]
    [InlineData("    contradicts: [port-2018]\n", "")]
    [InlineData("    supersedes: [port-2016]\n", "KG0023 b.yaml(5,18) 'port-2016': No fact has the id 'port-2016'; correct the id in 'supersedes'")]
    [InlineData("    contradicts: [port-2016]\n", "KG0023 b.yaml(5,19) 'port-2016': No fact has the id 'port-2016'; correct the id in 'contradicts'")]
    public void A_link_to_a_fact_of_another_file_resolves(string link, string expected)
    {
        string later = "facts:\n" + Claim("port-2019", extra: link);
        Assert.Equal(expected, Run(("b.yaml", later), ("a.yaml", Base)));
    }

    /// <summary>The cross-file step alone over fact files checked each on its own (with no catalog), in the given order.</summary>
    private static CrossFileResult CrossFile(params (string Path, string Text)[] files)
        => CrossFileChecker.Check(
            files.Select(f => CrossFileChecker.Summarize(FactFileChecker.Check(FactFileParser.Parse(f.Path, f.Text, default), KnowledgeCatalog.Empty, default))).ToImmutableArray(),
            "/kb");
}
