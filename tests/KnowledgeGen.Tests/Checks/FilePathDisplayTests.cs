using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tests.Checks;

/// <summary>How a path reads in a message (relative to the project where it lies inside it), and paths that resolve at the root.</summary>
public class FilePathDisplayTests
{
    [Theory]
    [InlineData("/kb/facts/talks.yaml", "", "/kb/facts/talks.yaml")]
    [InlineData("/kb/facts/talks.yaml", "/kb", "facts/talks.yaml")]
    [InlineData("/kb/facts/talks.yaml", "/kb/", "facts/talks.yaml")]
    [InlineData("/kb/facts/./talks.yaml", "/kb/facts", "talks.yaml")]
    [InlineData("C:\\kb\\facts\\talks.yaml", "C:\\kb", "facts/talks.yaml")]
    [InlineData("/kbx/talks.yaml", "/kb", "/kbx/talks.yaml")]
    [InlineData("/other/talks.yaml", "/kb", "/other/talks.yaml")]
    [InlineData("/repo/facts/talks.yaml", "/repo/samples/Briefing", "../../facts/talks.yaml")]
    [InlineData("/repo/facts/talks.yaml", "/repo/samples/Briefing/", "../../facts/talks.yaml")]
    [InlineData("C:\\repo\\facts\\talks.yaml", "C:\\repo\\samples", "../facts/talks.yaml")]
    [InlineData("D:\\repo\\facts\\talks.yaml", "C:\\repo\\samples", "D:/repo/facts/talks.yaml")]
    public void A_path_is_shown_relative_to_the_project(string path, string directory, string shown)
        => Assert.Equal(shown, FilePaths.Display(path, directory));

    [Theory]
    [InlineData("/talks.yaml", "a.txt", "/a.txt")]
    [InlineData("/kb/talks.yaml", "a", "/kb/a")]
    [InlineData("/kb/talks.yaml", "c:a.txt", "c:a.txt")]
    public void A_source_path_resolves_at_the_root_and_for_short_names(string factFile, string relative, string resolved)
        => Assert.Equal(resolved, FilePaths.ResolveRelativeTo(factFile, relative));
}
