using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// The tests read the repository they were built in, or the one <see cref="RepositoryPaths.RootVariable"/> names:
/// ReadmeExampleTests runs this class with the tests it points at a copy, so that a run that read the original
/// repository instead fails here.
/// </summary>
public class RepositoryPathsTests
{
    [Fact]
    public void The_tests_read_the_repository_named_or_the_one_they_were_built_in()
    {
        string? named = Environment.GetEnvironmentVariable(RepositoryPaths.RootVariable);
        string expected = string.IsNullOrEmpty(named) ? AppContext.BaseDirectory : Path.GetFullPath(named);

        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "KnowledgeGen.sln")), RepositoryPaths.Root + " holds no KnowledgeGen.sln");
        Assert.True(Directory.Exists(RepositoryPaths.Facts), RepositoryPaths.Root + " holds no facts/");
        Assert.StartsWith(Path.TrimEndingDirectorySeparator(RepositoryPaths.Root) + Path.DirectorySeparatorChar, Path.TrimEndingDirectorySeparator(expected) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
