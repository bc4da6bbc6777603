using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// A fact file's top-level lists are read item by item while the file is read (each item's tree turned into its
/// record and dropped): diagnostics come in the file's order, whichever order its lists are in; a file the reader
/// refuses after some items were read reports the refusal alone and declares nothing; a second document leaves the
/// first one's items read. Rows written as in <see cref="ParserTests"/>.
/// </summary>
public class TopLevelItemTests
{
    private const string BadEntity = "entities:\n  - id: Lee\n    kind: person\n    name: Lee\n";
    private const string BadFact = "facts:\n  - id: a\n    kind: claim\n    statement: S.\n";

    [Theory]
    [InlineData(BadFact + "entity: []\n" + BadEntity, "KG0011 2:5|KG0010 5:1|KG0013 7:9")]
    [InlineData(BadEntity + "entity: []\n" + BadFact, "KG0013 2:9|KG0010 5:1|KG0011 7:5")]
    public void Diagnostics_come_in_the_files_order(string text, string expected)
        => Assert.Equal(expected, string.Join("|", ParserTests.Parse(text).Split('|').Select(d => d.Substring(0, d.IndexOf(" at ", StringComparison.Ordinal)))));

    [Theory]
    [InlineData("facts: []\nfacts: []\n", "KG0004 8:1 at 'facts'")]
    [InlineData("facts:\n  - id: \"a\n", "KG0001 8:9 at '\"a'")]
    [InlineData("facts: [*a]\n", "KG0002 7:9 at '*a'")]
    public void A_file_refused_after_its_items_were_read_declares_nothing_and_reports_the_refusal_alone(string rest, string expected)
    {
        string text = BadEntity.Replace("Lee\n    kind", "lee\n    kind", StringComparison.Ordinal) + "measures:\n  - id: Wrong\n" + rest;
        FactFileSpec spec = FactFileParser.Parse("/kb/facts.yaml", text, CancellationToken.None);

        Assert.StartsWith(expected, ParserTests.Parse(text), StringComparison.Ordinal);
        Assert.Single(spec.Diagnostics);
        Assert.Empty(spec.Entities);
    }

    [Fact]
    public void A_second_document_leaves_the_first_ones_items_read_and_is_reported_after_them()
    {
        string text = "entities:\n  - id: lee\n    kind: person\n    name: Lee\n  - id: Kim\n    kind: person\n    name: Kim\n---\nfacts: []\n";
        FactFileSpec spec = FactFileParser.Parse("/kb/facts.yaml", text, CancellationToken.None);

        Assert.Equal(["KG0013", "KG0002"], spec.Diagnostics.Select(d => d.Descriptor.Id));
        Assert.Equal(["lee"], spec.Entities.Select(e => e.Id));
    }

    [Theory]
    [InlineData("entities:\n  id: lee\n  kind: person\n  name: Lee\n", "", 1)]
    [InlineData("entities:\nfacts: []\n", "KG0005 1:1 at 'entities:': The fact file declares nothing; add 'sources:', 'entities:', 'measures:' or 'facts:', or delete the file", 0)]
    [InlineData("entities: lee\n", "KG0012 1:11 at 'lee': The field 'entities' must be a list of mappings, one per item, not of text", 0)]
    [InlineData("entitie:\n  - just text\n  - id: Lee\n", "KG0010 1:1 at 'entitie': Unknown field 'entitie' in a fact file (did you mean 'entities'?); expected one of: sources, entities, measures, facts, retired", 0)]
    public void A_field_holds_a_list_one_item_written_alone_or_nothing(string text, string expected, int entities)
    {
        Assert.Equal(expected, ParserTests.Parse(text));
        Assert.Equal(entities, FactFileParser.Parse("/kb/facts.yaml", text, CancellationToken.None).Entities.Count);
    }

    [Fact]
    public void Items_keep_their_places_in_the_file()
    {
        string text = "facts: []\nentities:\n  - { id: lee, kind: person, name: Lee }\n  - id: kim\n    kind: person\n    name: Kim\n";
        FactFileSpec spec = FactFileParser.Parse("/kb/facts.yaml", text, CancellationToken.None);

        Assert.Equal(["(2,10)-(2,13)", "(3,8)-(3,11)"], spec.Entities.Select(e => e.IdLocation.LineSpan.ToString()));
    }
}
