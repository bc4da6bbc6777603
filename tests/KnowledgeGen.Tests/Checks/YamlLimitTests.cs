using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The YAML reader at its edges: the file length limit exactly, a second document that starts without '---',
/// a key that is not text followed by more entries, malformed YAML at the very end of a file (with and without
/// a byte-order mark) and in its middle, tabs, YAML's plain null forms, the end of a location, and cancellation.
/// Rows written as in <see cref="ParserTests"/>.
/// </summary>
public class YamlLimitTests
{
    private const string NotYaml = "The file is not valid YAML: ";
    private const string ColonInValue = "the value holds ': ', which YAML reads as the start of another field; put the whole value in quotes (see docs/fact-format.md, \"Quoting\")";
    private const string FixIt = ". Fix the YAML syntax at this position.";

    [Theory]
    [InlineData("facts: []\n...\nentities: []\n", "KG0002 3:1 at 'entities: []': Several documents in one file are not allowed in fact files; write the value out in full")]
    [InlineData("facts: []\n...\n", "KG0005 1:1 at 'facts: []': The fact file declares nothing; add 'sources:', 'entities:', 'measures:' or 'facts:', or delete the file")]
    [InlineData("? [a]\n: b\nc: d\n", "KG0002 1:3 at '[a]': Keys that are not plain text are not allowed in fact files; write the value out in full")]
    [InlineData("? { a: b }\n: c\nd: e\n", "KG0002 1:3 at '{ a: b }': Keys that are not plain text are not allowed in fact files; write the value out in full")]
    [InlineData("facts:\n  - id: \"a", "KG0001 2:9 at '\"a': " + NotYaml + "While scanning a quoted scalar, found unexpected end of stream" + FixIt)]
    [InlineData("\uFEFFfacts:\n  - id: \"a\n", "KG0001 2:9 at '\"a': " + NotYaml + "While scanning a quoted scalar, found unexpected end of stream" + FixIt)]
    [InlineData("\uFEFFfacts:\n  - id: \"a", "KG0001 2:9 at '\"a': " + NotYaml + "While scanning a quoted scalar, found unexpected end of stream" + FixIt)]
    [InlineData("facts: [a,\n\tb]\nentities: \"a\n", "KG0001 3:11 at '\"a': " + NotYaml + "While scanning a quoted scalar, found unexpected end of stream" + FixIt)]
    [InlineData("facts: [a,\n\tb]\nentities: [a\n", "KG0001 4:1 at '': " + NotYaml + "While parsing a flow sequence, did not find expected ',' or ']'" + FixIt)]
    [InlineData("facts:\n  - id: a\n  \t- id: b\n", "KG0001 3:3 at '': " + NotYaml + "a tab indents this line, and YAML indents with spaces only; replace the tab with spaces, as many as the lines around it use" + FixIt)]
    [InlineData("a: 'b\n\tc'\nd: \"e\n", "KG0001 3:4 at '\"e': " + NotYaml + "While scanning a quoted scalar, found unexpected end of stream" + FixIt)]
    [InlineData("a: \"b\\q\"\n", "KG0001 1:6 at '\\q\"': " + NotYaml + "While scanning a quoted scalar, found unknown escape character" + FixIt)]
    [InlineData("a: b\tc: d\n", "KG0001 1:7 at ':': " + NotYaml + ColonInValue + FixIt)]
    [InlineData("a: b\n  c: d\n", "KG0001 2:3 at 'c': " + NotYaml + "this line is indented by 2 spaces where the field above it starts at column 1; the fields of one entry line up, so indent it by no spaces" + FixIt)]
    [InlineData("a: b\n- c\n", "KG0001 2:2 at 'c': " + NotYaml + "While parsing a block mapping, did not find expected key" + FixIt)]
    [InlineData("a: b\nc\nd: e\n", "KG0001 2:1 at 'c': " + NotYaml + "this line has no ':' after its field name; write the field as 'name: value'" + FixIt)]
    [InlineData("a:\n  b: c\n d: e\n", "KG0001 3:2 at 'd': " + NotYaml + "this line is indented by 1 space where the field above it starts at column 3; the fields of one entry line up, so indent it by 2 spaces" + FixIt)]
    [InlineData("- a\nb: c\n", "KG0001 2:1 at 'b: c': " + NotYaml + "While parsing a block collection, did not find expected '-' indicator" + FixIt)]
    [InlineData("a: @b\n", "KG0001 1:5 at 'b': " + NotYaml + "While scanning for the next token, found character that cannot start any token" + FixIt)]
    [InlineData("%YAML 1.1\n%YAML 1.1\n---\na: b\n", "KG0001 2:6 at '1.1': " + NotYaml + "While scanning a version directive, did not find preceding <document end>" + FixIt)]
    [InlineData("a: !<x> b\nc: \"d\n", "KG0002 1:4 at '!<x> b': Tags (x) are not allowed in fact files; write the value out in full")]
    public void Malformed_yaml_is_located(string text, string expected)
        => Assert.Equal(expected, ParserTests.Parse(text));

    [Theory]
    [InlineData("~", "KG0011 4:11 at '~': The required field 'name' is missing from an entity; add it")]
    [InlineData("null", "KG0011 4:11 at 'null': The required field 'name' is missing from an entity; add it")]
    [InlineData("Null", "KG0011 4:11 at 'Null': The required field 'name' is missing from an entity; add it")]
    [InlineData("NULL", "KG0011 4:11 at 'NULL': The required field 'name' is missing from an entity; add it")]
    [InlineData("'null'", "")]
    [InlineData("nULL", "")]
    [InlineData("{ first: Lee }", "KG0012 4:11 at '{ first: Lee }': The field 'name' must be text, not a mapping")]
    public void Plain_null_forms_mean_no_value(string name, string expected)
        => Assert.Equal(expected, ParserTests.Parse("entities:\n  - id: lee\n    kind: person\n    name: " + name + "\n"));

    [Fact]
    public void A_location_spans_the_value_it_names()
    {
        DiagnosticInfo diagnostic = Assert.Single(FactFileParser.Parse("/kb/facts.yaml", "entities:\n  - id: lee\n    kind: human being\n    name: Lee\n", CancellationToken.None).Diagnostics);
        Assert.Equal("(2,10)-(2,21)", diagnostic.Location!.LineSpan.ToString());
    }

    [Fact]
    public void A_file_of_exactly_the_length_limit_is_read()
    {
        string text = "#" + new string('x', (16 * 1024 * 1024) - 2) + "\n";
        Assert.Equal(16 * 1024 * 1024, text.Length);
        Assert.Equal(["KG0005"], FactFileParser.Parse("/kb/facts.yaml", text, CancellationToken.None).Diagnostics.Select(d => d.Descriptor.Id));
    }

    [Fact]
    public void Cancellation_stops_the_reading()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => FactFileParser.Parse("/kb/facts.yaml", "entities:\n  - { id: lee, kind: person, name: Lee }\n", cancelled.Token));
    }
}
