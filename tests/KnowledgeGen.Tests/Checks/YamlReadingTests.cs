namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// What the YAML reader accepts and where it points when it does not: each row a fact file and its diagnostics,
/// written as in <see cref="ParserTests"/> ("KG0004 2:1 at 'facts': message").
/// </summary>
public class YamlReadingTests
{
    [Theory]
    [InlineData("facts: []\nfacts: []\n", "KG0004 2:1 at 'facts': The key 'facts' appears twice in the same mapping; remove or rename one of them")]
    [InlineData("facts: []\nentities: [{ id: a, kind: person, name: A }]\n", "")]
    [InlineData("? [a]\n: b\n", "KG0002 1:3 at '[a]': Keys that are not plain text are not allowed in fact files; write the value out in full")]
    [InlineData("facts: &x []\n", "KG0002 1:8 at '&x': Anchors (&name) are not allowed in fact files; write the value out in full")]
    [InlineData("facts: *x\n", "KG0002 1:8 at '*x': Aliases (*name) are not allowed in fact files; write the value out in full")]
    [InlineData("facts: !!seq []\n", "KG0002 1:8 at '!!seq': Tags (tag:yaml.org,2002:seq) are not allowed in fact files; write the value out in full")]
    [InlineData("entities: ! [{ id: a, kind: person, name: A }]\n", "")]
    [InlineData("---\nentities: [{ id: a, kind: person, name: A }]\n", "")]
    [InlineData("facts: []\n---\nfacts: []\n", "KG0002 2:1 at '---': Several documents in one file are not allowed in fact files; write the value out in full")]
    [InlineData("---\nfacts: []\n---\nfacts: []\n", "KG0002 3:1 at '---': Several documents in one file are not allowed in fact files; write the value out in full")]
    [InlineData("facts:\n  - id: \"a\n", "KG0001 2:9 at '\"a': The file is not valid YAML: While scanning a quoted scalar, found unexpected end of stream. Fix the YAML syntax at this position.")]
    [InlineData("a: [b\nc: {d}\n", "KG0001 1:4 at '[b': The file is not valid YAML: reading stopped inside the value that starts here; look for a bracket, brace or quote left open in it. Fix the YAML syntax at this position.")]
    public void Yaml_is_read_or_rejected_at_the_place_to_fix(string text, string expected)
        => Assert.Equal(expected, ParserTests.Parse(text));

    /// <summary>The slips an editor makes, each told in the editor's words at the character to change.</summary>
    [Theory]
    [InlineData("facts:\n\t- id: a\n", "KG0001 2:1", "a tab indents this line, and YAML indents with spaces only; replace the tab with spaces")]
    [InlineData("facts:\n  - id: a\n  \t kind: claim\n", "KG0001 3:3", "a tab indents this line")]
    [InlineData("facts:\n  - id: a\n    quote: 'China's offer'\n    kind: claim\n", "KG0001 3:18", "this apostrophe ends the value quoted with ' at column 12, and the words after it are left over; inside '...' write an apostrophe twice ('') to keep it: 'China''s offer'")]
    [InlineData("facts:\n  - id: a\n    quote: 'China's offer\n    kind: claim\n", "KG0001 3:18", "this apostrophe ends the value quoted with ' at column 12")]
    [InlineData("facts:\n  - id: a\n    quote: \"He said \"no\" twice\"\n", "KG0001 3:21", "this \" ends the value quoted with \" at column 12, and the words after it are left over; quote a value holding \" with single quotes instead, doubling any apostrophe in it: 'He said \"no\" twice'")]
    [InlineData("facts:\n  - id: a\n    quote: He said: no\n", "KG0001 3:19", "the value holds ': ', which YAML reads as the start of another field; put the whole value in quotes")]
    [InlineData("a: b: c\nd: e\n", "KG0001 1:5", "the value holds ': '")]
    [InlineData("facts:\n  - id: a\n    kind claim\n    statement: S.\n", "KG0001 3:5", "this line has no ':' after its field name; write the field as 'name: value' (kind: claim)")]
    [InlineData("facts:\n  - id: a\n   kind: claim\n", "KG0001 3:4", "this line is indented by 3 spaces where the field above it starts at column 5; the fields of one entry line up, so indent it by 4 spaces")]
    [InlineData("facts:\n  - id: a\n     kind: claim\n", "KG0001 3:6", "this line is indented by 5 spaces where the field above it starts at column 5")]
    public void A_yaml_slip_is_told_in_the_editors_words_at_its_character(string text, string at, string message)
    {
        string reported = ParserTests.Parse(text);
        Assert.DoesNotContain("|", reported);
        Assert.StartsWith(at + " at ", reported, StringComparison.Ordinal);
        Assert.Contains(": The file is not valid YAML: " + message, reported, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_counted_in_locations()
    {
        Assert.Equal("KG0010 1:2 at 'fact': Unknown field 'fact' in a fact file (did you mean 'facts'?); expected one of: sources, entities, measures, facts, retired", ParserTests.Parse("\uFEFFfact: []\n"));
        Assert.Equal("KG0010 2:1 at 'fact': Unknown field 'fact' in a fact file (did you mean 'facts'?); expected one of: sources, entities, measures, facts, retired", ParserTests.Parse("\uFEFFfacts: []\nfact: []\n"));
    }

    [Theory]
    [InlineData(31, false)]
    [InlineData(32, true)]
    public void Nesting_is_bounded(int depth, bool tooDeep)
        => Assert.Equal(
            tooDeep ? "KG0003 1:39 at '[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]': Nesting is deeper than 32 levels; split the file or flatten the structure" : "no KG0003",
            ParserTests.Parse("facts: " + new string('[', depth) + new string(']', depth) + "\n").Split('|').FirstOrDefault(d => d.StartsWith("KG0003", StringComparison.Ordinal)) ?? "no KG0003");

    [Fact]
    public void Files_are_bounded_in_length()
    {
        string text = "#" + new string('x', (16 * 1024 * 1024) - 1) + "\n";
        Assert.Equal(
            "KG0003 1:1 at '': The file has 16,777,217 characters, more than the limit of 16,777,216; split the file or flatten the structure",
            ParserTests.Parse(text).Replace("at '#" + new string('x', (16 * 1024 * 1024) - 1) + "'", "at ''", StringComparison.Ordinal));
    }
}
