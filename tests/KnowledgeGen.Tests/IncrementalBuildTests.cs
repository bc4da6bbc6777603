using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// A plain `dotnet build` after a change to the knowledge base's files or properties gives a program with the
/// new knowledge base: a deleted or renamed fact file's facts are gone, an added one's are there, a renamed
/// source text is reported. Timestamps alone would not show these (a file moved or restored keeps its old
/// time, a deleted one has none), so each step sets old times on purpose and asserts on the program's output.
/// One consumer is built step by step, as a fact editor would.
/// </summary>
[StartsRealProcesses]
public class IncrementalBuildTests
{
    private const string Program = """
        foreach (var fact in Harbour.Knowledge.HarbourFacts.AllFacts)
        {
            Console.WriteLine(fact.Id);
        }
        """;

    private const string ExtraFile = """
        facts:
          - id: extra-claim
            kind: claim
            statement: The Harbour City council approved a budget.
            about: [harbour-council]
            citations:
              - source: harbour-news
                quote: The Harbour City council approved a budget
        """;

    private const string OtherFile = """
        facts:
          - id: other-claim
            kind: claim
            statement: The Harbour City council approved a budget.
            about: [harbour-council]
            citations:
              - source: harbour-news
                quote: The Harbour City council approved a budget
        """;

    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Every_change_to_the_fact_files_or_properties_reaches_the_program_after_a_plain_build()
    {
        using var work = new TemporaryDirectory();
        string project = Path.Combine(work.Path, "consumer");
        string facts = Path.Combine(project, "facts");
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "consumer/facts");
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "consumer/other-facts");
        Old(work.Write("consumer/other-facts/other.yaml", OtherFile));
        work.Write("consumer/Program.cs", Program);
        work.Write("consumer/Consumer.csproj", ConsumerProject.ProjectFile("""
            <KnowledgeGenNamespace>Harbour.Knowledge</KnowledgeGenNamespace>
            <KnowledgeGenClassName>HarbourFacts</KnowledgeGenClassName>
            """));

        string[] original = BuildAndRun(project);
        Assert.Contains("budget-2020", original);

        // Adding a fact file (copied in with its old timestamp).
        Old(work.Write("consumer/facts/extra.yaml", ExtraFile));
        Assert.Equal(original.Append("extra-claim").Order(StringComparer.Ordinal), BuildAndRun(project).Order(StringComparer.Ordinal));

        // Renaming it so that it is no longer a fact file, then back.
        File.Move(Path.Combine(facts, "extra.yaml"), Path.Combine(facts, "extra.yaml.off"));
        Assert.Equal(original, BuildAndRun(project));
        File.Move(Path.Combine(facts, "extra.yaml.off"), Path.Combine(facts, "extra.yaml"));
        Assert.Contains("extra-claim", BuildAndRun(project));

        // Deleting it.
        File.Delete(Path.Combine(facts, "extra.yaml"));
        Assert.Equal(original, BuildAndRun(project));

        // Renaming a source text: its source's file is no longer there.
        File.Move(Path.Combine(facts, "harbour-news.txt"), Path.Combine(facts, "news.txt"));
        (int exit, string output) = ConsumerProject.Build(project);
        Assert.True(exit != 0, output);
        Assert.Contains("error KG0030", output);
        File.Move(Path.Combine(facts, "news.txt"), Path.Combine(facts, "harbour-news.txt"));

        // Changing a KnowledgeGen property on the command line: another folder of facts.
        string[] other = BuildAndRun(project, "-p:KnowledgeGenFactsDirectory=" + Path.Combine(project, "other-facts"));
        Assert.Equal(original.Append("other-claim").Order(StringComparer.Ordinal), other.Order(StringComparer.Ordinal));

        // And when nothing changed, the compiler is not run.
        (int again, string log) = ConsumerProject.Build(project, "-p:KnowledgeGenFactsDirectory=" + Path.Combine(project, "other-facts"), "-v:normal");
        Assert.True(again == 0, log);
        Assert.Contains("Skipping target \"CoreCompile\"", log);
    }

    private static string[] BuildAndRun(string project, params string[] arguments)
    {
        (int exit, string output) = ConsumerProject.Build(project, arguments);
        Assert.True(exit == 0, output);
        return ConsumerProject.Run(project).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static void Old(string path) => File.SetLastWriteTimeUtc(path, LongAgo);
}
