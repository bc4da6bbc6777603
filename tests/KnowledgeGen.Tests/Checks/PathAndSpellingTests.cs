using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tests.Checks;

/// <summary>Which files are fact files and texts, how a source's path resolves, and which name a misspelling meant.</summary>
public class PathAndSpellingTests
{
    [Theory]
    [InlineData("facts/talks.yaml", true, false)]
    [InlineData("facts/TALKS.YML", true, false)]
    [InlineData("facts/talks.yml", true, false)]
    [InlineData("facts/sources/article.txt", false, true)]
    [InlineData("facts/sources/ARTICLE.TXT", false, true)]
    [InlineData("facts/notes.md", false, false)]
    [InlineData("facts/yaml", false, false)]
    public void Files_are_told_apart_by_extension(string path, bool factFile, bool sourceText)
        => Assert.Equal((factFile, sourceText), (FilePaths.IsFactFile(path), FilePaths.IsSourceText(path)));

    [Theory]
    [InlineData("/kb/facts/talks.yaml", "sources/a.txt", "/kb/facts/sources/a.txt")]
    [InlineData("/kb/facts/talks.yaml", "../texts/a.txt", "/kb/texts/a.txt")]
    [InlineData("/kb/facts/talks.yaml", "./a.txt", "/kb/facts/a.txt")]
    [InlineData("/kb/facts/talks.yaml", "sources//a.txt", "/kb/facts/sources/a.txt")]
    [InlineData("/kb/facts/talks.yaml", "../../../a.txt", "/../a.txt")]
    [InlineData("/kb/facts/talks.yaml", "/elsewhere/a.txt", "/elsewhere/a.txt")]
    [InlineData("/kb/facts/talks.yaml", "/elsewhere/../a.txt", "/a.txt")]
    [InlineData("C:\\kb\\facts\\talks.yaml", "..\\texts\\a.txt", "C:/kb/texts/a.txt")]
    [InlineData("C:\\kb\\facts\\talks.yaml", "D:\\texts\\a.txt", "D:/texts/a.txt")]
    [InlineData("talks.yaml", "a.txt", "a.txt")]
    [InlineData("talks.yaml", "../a.txt", "../a.txt")]
    [InlineData("talks.yaml", "../../a.txt", "../../a.txt")]
    [InlineData("/kb/facts/talks.yaml", "sources/", "/kb/facts/sources/")]
    public void A_source_path_resolves_against_its_fact_file(string factFile, string relative, string resolved)
        => Assert.Equal(resolved, FilePaths.ResolveRelativeTo(factFile, relative));

    [Theory]
    [InlineData("a\\b\\c.txt", "a/b/c.txt")]
    [InlineData("/a/./b/../c.txt", "/a/c.txt")]
    [InlineData("a//b", "a/b")]
    [InlineData("a/", "a/")]
    public void Paths_normalise_to_forward_slashes_without_dots(string path, string normalized)
        => Assert.Equal(normalized, FilePaths.Normalize(path));

    [Theory]
    [InlineData("qoute", "quote")]
    [InlineData("qutoe", "quote")]
    [InlineData("quotes", "quote")]
    [InlineData("quo", "quote")]
    [InlineData("qu", null)]
    [InlineData("ki", null)]
    [InlineData("kin", "kind")]
    [InlineData("QUOTE", "quote")]
    [InlineData("stament", "statement")]
    [InlineData("sttement", "statement")]
    [InlineData("staetmetn", "statement")]
    [InlineData("staetmtn", null)]
    [InlineData("id", "id")]
    [InlineData("if", null)]
    [InlineData("kid", "kind")]
    [InlineData("knd", "kind")]
    [InlineData("abut", "about")]
    [InlineData("abot", "about")]
    public void A_misspelling_means_the_name_within_two_edits_and_under_half_its_length(string word, string? meant)
        => Assert.Equal(meant, Spelling.Closest(word, ["id", "kind", "statement", "about", "quote"]));

    [Fact]
    public void The_closest_of_several_near_names_is_meant()
    {
        Assert.Equal("source", Spelling.Closest("sourc", ["sources", "source"]));
        Assert.Equal("sources", Spelling.Closest("sourcess", ["source", "sources"]));
        Assert.Equal(" (did you mean 'kind'?)", Spelling.MeantHint("knd", ["id", "kind"]));
        Assert.Equal("", Spelling.MeantHint("colour", ["id", "kind"]));
    }
}
