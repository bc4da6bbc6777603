namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>Paths in the repository, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    /// <summary>
    /// Names another repository for the tests to read in place of the one they were built in: a copy with a fact
    /// added, whose tests then run without a build of their own (ReadmeExampleTests).
    /// </summary>
    public const string RootVariable = "KNOWLEDGEGEN_TEST_REPOSITORY";

    public static string Root { get; } = Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } root ? Path.GetFullPath(root) : FindRoot();

    public static string Facts => Path.Combine(Root, "facts");

    public static string Fixtures => Path.Combine(Root, "tests", "KnowledgeGen.Tests", "Fixtures");

    private static string FindRoot()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "KnowledgeGen.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("KnowledgeGen.sln not found above " + AppContext.BaseDirectory);
    }
}
