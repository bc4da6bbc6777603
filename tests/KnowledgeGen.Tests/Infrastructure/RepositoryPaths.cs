namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>Paths in the repository, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

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
