using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// Real consumer builds of a project with several knowledge bases, each declared by a &lt;KnowledgeBase&gt; item,
/// and of one whose code still uses a retired fact. One build per test.
/// </summary>
[StartsRealProcesses]
public class KnowledgeBaseItemTests
{
    /// <summary>The harbour fixture is a small knowledge base, not a complete one: its completeness warnings are off.</summary>
    private const string Properties = "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><NoWarn>$(NoWarn);KG0070;KG0073;KG0076;KG0078</NoWarn>";

    private const string TwoBases = """
        <KnowledgeBase Include="facts/harbour" ClassName="HarbourFacts" Namespace="Harbour.Knowledge" />
        <KnowledgeBase Include="facts/port" ClassName="PortFacts" Namespace="Port.Knowledge" />
        """;

    [Fact]
    public void Two_bases_build_as_two_classes_with_the_same_ids_and_a_stray_fact_file_is_not_read()
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "facts/harbour");
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "facts/port");

        // The port base retires a fact in favour of its own turnout; the harbour base has no such member.
        work.Write("facts/port/retired.yaml", "retired:\n  - id: old-turnout\n    reason: Counted again.\n    replacement: turnout\n");

        // Outside both bases, in the folder the one-base shorthand would read: not valid YAML, so reading it would fail the build.
        work.Write("facts/stray.yaml", "facts: [unclosed\n");
        work.Write("extra/tagged-by-hand.yaml", "facts: [unclosed\n");
        work.Write("Program.cs", """
            using Harbour.Knowledge;
            using Port.Knowledge;

            HarbourFacts.PercentageFact harbour = HarbourFacts.Facts.Turnout;
            PortFacts.PercentageFact port = PortFacts.Facts.Turnout;
            System.Console.WriteLine("harbour=" + harbour.Statement + " " + HarbourFacts.AllFacts.Count + " " + HarbourFacts.Sources.HarbourNews.Title);
            System.Console.WriteLine("port=" + port.Statement + " " + PortFacts.AllFacts.Count + " " + PortFacts.FindFact("turnout")?.Id);
            System.Console.WriteLine("own-types=" + harbour.GetType().FullName + " " + port.GetType().FullName);
            """);
        work.Write("Consumer.csproj", ConsumerProject.ProjectFile(
            Properties + "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>",
            TwoBases + "<AdditionalFiles Include=\"extra/tagged-by-hand.yaml\" KnowledgeGenFile=\"facts\" />"));

        (int exit, string output) = ConsumerProject.Build(work.Path);

        Assert.True(exit == 0, output);
        Assert.DoesNotContain("stray", output);
        string run = ConsumerProject.Run(work.Path);
        Assert.Contains("harbour=Turnout was 41.5 per cent. 11 ", run);
        Assert.Contains("port=Turnout was 41.5 per cent. 11 turnout", run);
        Assert.Contains("own-types=Harbour.Knowledge.HarbourFacts+PercentageFact Port.Knowledge.PortFacts+PercentageFact", run);

        // Each base's shared code under its namespace and class; each fact file's under its path relative to the project.
        string[] generated = Directory.GetFiles(Path.Combine(work.Path, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .Where(name => name!.StartsWith("KnowledgeGen.", StringComparison.Ordinal) || name.StartsWith("facts_yaml.", StringComparison.Ordinal) || name.StartsWith("retired_yaml.", StringComparison.Ordinal))
            .Select(name => name!)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
            [
                "KnowledgeGen.Harbour.Knowledge.HarbourFacts.Queries.g.cs", "KnowledgeGen.Harbour.Knowledge.HarbourFacts.Types.g.cs",
                "KnowledgeGen.Port.Knowledge.PortFacts.Queries.g.cs", "KnowledgeGen.Port.Knowledge.PortFacts.Types.g.cs",
                "facts_yaml." + KnowledgeGen.Emitting.CodeNames.StableHash("facts/harbour/facts.yaml") + ".g.cs",
                "facts_yaml." + KnowledgeGen.Emitting.CodeNames.StableHash("facts/port/facts.yaml") + ".g.cs",
                "retired_yaml." + KnowledgeGen.Emitting.CodeNames.StableHash("facts/port/retired.yaml") + ".g.cs",
            ],
            generated.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bad_metadata_and_two_bases_of_one_class_are_reported_naming_the_item()
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "facts/harbour");
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "facts/port");
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "facts/docks");
        work.Write("Program.cs", "System.Console.WriteLine(Harbour.Knowledge.HarbourFacts.AllFacts.Count);\n");
        work.Write("Consumer.csproj", ConsumerProject.ProjectFile(Properties, """
            <KnowledgeBase Include="facts/harbour" ClassName="HarbourFacts" Namespace="Harbour.Knowledge" />
            <KnowledgeBase Include="facts/port" ClassName="Port-Facts" Namespace="Harbour.Knowledge" />
            <KnowledgeBase Include="facts/docks" ClassName="HarbourFacts" Namespace="Harbour.Knowledge" />
            """));

        (int exit, string output) = ConsumerProject.Build(work.Path);

        Assert.NotEqual(0, exit);
        Assert.Contains("error KG0050: The MSBuild property ClassName of <KnowledgeBase Include=\"facts/port\"> has the value 'Port-Facts'; it must be a C# identifier such as TradeFacts", output);
        Assert.Contains("error KG0067: The <KnowledgeBase> items 'facts/harbour' and 'facts/docks' both generate the class Harbour.Knowledge.HarbourFacts; give each its own ClassName or Namespace", output);
        Assert.DoesNotContain("error CS", output);
    }

    [Fact]
    public void Code_that_still_uses_a_retired_fact_fails_with_its_reason_and_replacement()
    {
        using var work = new TemporaryDirectory();
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "facts");
        work.Write("facts/retired.yaml", """
            retired:
              - id: budget-2019
                reason: The "2019" budget was the draft's; the council approved the 2020 one.
                replacement: budget-2020

            """);
        work.Write("Program.cs", """
            decimal amount = Harbour.Knowledge.HarbourFacts.Facts.Budget2019.Value.Amount;
            System.Console.WriteLine(amount);
            """);
        work.Write("Consumer.csproj", ConsumerProject.ProjectFile(Properties + "<KnowledgeGenNamespace>Harbour.Knowledge</KnowledgeGenNamespace><KnowledgeGenClassName>HarbourFacts</KnowledgeGenClassName>"));

        (int exit, string output) = ConsumerProject.Build(work.Path);

        Assert.NotEqual(0, exit);
        Assert.Contains(
            "error CS0619: 'HarbourFacts.Facts.Budget2019' is obsolete: 'The \"2019\" budget was the draft's; the council approved the 2020 one. Use HarbourFacts.Facts.Budget2020 (The Harbour City council approved a budget of $12.5 million) instead.'",
            output);
        Assert.Contains("Program.cs(1,", output);
        Assert.DoesNotContain("error KG", output);
        Assert.Single(output.Split('\n').Where(line => line.Contains("error CS", StringComparison.Ordinal)).Distinct());
    }
}
