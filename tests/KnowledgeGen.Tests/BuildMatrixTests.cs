using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// Real consumers built with `dotnet build`, one consumer per case: every fact-file mistake is printed exactly once
/// as a KG diagnostic at its YAML line, whether or not analyzers run and whatever else fails, and no diagnostic
/// ever stands in generated code.
/// </summary>
[StartsRealProcesses]
public class BuildMatrixTests(BuildMatrixTests.MatrixBuild matrix) : IClassFixture<BuildMatrixTests.MatrixBuild>
{
    private const string BadQuote = "quote: The Harbor City council approved a budget of $12.5 million";
    private const string BadQuoteAt = "facts/facts.yaml(31,16): error KG0040";

    private const string Program = """
        using Harbour.Knowledge;

        System.Console.WriteLine(HarbourFacts.Facts.Budget2020.Value);
        """;

    private const string TurnoutAgain = """
        facts:
          - id: turnout
            kind: percentage
            statement: Turnout was 41.5 per cent.
            about: [harbour-city]
            value: { percent: 41.5, printed: 41.5 per cent }
            citations:
              - source: harbour-news
                quote: Turnout was 41.5 per cent
        """;

    private const string SameMemberName = """
        facts:
          - id: budget2020
            kind: money
            statement: The council approved a budget of $12.5 million.
            about: [harbour-council]
            value: { amount: 12500000, currency: USD, printed: $12.5 million }
            citations:
              - source: harbour-news
                quote: The Harbour City council approved a budget of $12.5 million
        """;

    private const string TurnoutAsClaim = """
        facts:
          - id: turnout
            kind: claim
            statement: Turnout was the highest in two decades.
            about: [harbour-city]
            citations:
              - source: harbour-news
                quote: the highest in two decades
        """;

    public static TheoryData<string> Cases() => new(Consumers.Keys);

    private static readonly Dictionary<string, Consumer> Consumers = new()
    {
        ["a wrong quote, default build (analyzers run)"] = new(
            Edit: c => c.Replace("facts/facts.yaml", "quote: The Harbour City council approved a budget of $12.5 million", BadQuote),
            Expected: [BadQuoteAt]),
        ["a wrong quote, RunAnalyzers=false"] = new(
            Edit: c => c.Replace("facts/facts.yaml", "quote: The Harbour City council approved a budget of $12.5 million", BadQuote),
            Expected: [BadQuoteAt],
            Properties: "<RunAnalyzers>false</RunAnalyzers>"),
        ["a wrong quote, RunAnalyzersDuringBuild=false"] = new(
            Edit: c => c.Replace("facts/facts.yaml", "quote: The Harbour City council approved a budget of $12.5 million", BadQuote),
            Expected: [BadQuoteAt],
            Properties: "<RunAnalyzersDuringBuild>false</RunAnalyzersDuringBuild>"),
        ["the consumer's own declaration error and a wrong quote"] = new(
            Edit: c =>
            {
                c.Replace("facts/facts.yaml", "quote: The Harbour City council approved a budget of $12.5 million", BadQuote);
                c.Write("Broken.cs", "class Broken : MissingBase { }\n");
            },
            Expected: [BadQuoteAt, "Broken.cs(1,16): error CS0246"]),
        ["a fact file copied to a second folder"] = new(
            Edit: c => c.Write("facts/more/facts.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "harbour", "facts.yaml"))),
            Expected: IdLines(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "harbour", "facts.yaml")))
                .Select(line => $"facts/more/facts.yaml({line},9): error KG0020")
                .ToArray()),
        ["a fact id declared in two files"] = new(
            Edit: c => c.Write("facts/more.yaml", TurnoutAgain),
            Expected: ["facts/more.yaml(2,9): error KG0020"]),
        ["two ids that make one member name, and an unrelated wrong quote"] = new(
            Edit: c =>
            {
                c.Write("facts/more.yaml", SameMemberName);
                c.Replace("facts/facts.yaml", "quote: The Harbour City council approved a budget of $12.5 million", BadQuote);
            },
            Expected: ["facts/more.yaml(2,9): error KG0024", BadQuoteAt]),
        ["code that uses a member left out"] = new(
            Edit: c =>
            {
                c.Write("facts/more.yaml", TurnoutAsClaim);
                c.Write("Uses.cs", "static class Uses { public static Harbour.Knowledge.HarbourFacts.ClaimFact Turnout => Harbour.Knowledge.HarbourFacts.Facts.Turnout; }\n");
            },
            // The compiler binds no method body once a compilation has errors, so the build prints the KG error
            // alone; an editor shows the usual "does not contain a definition" beside it.
            Expected: ["facts/more.yaml(2,9): error KG0020"]),
        ["an empty fact file, its warning raised to an error in .editorconfig"] = new(
            Edit: c =>
            {
                c.Write("facts/empty.yaml", "# nothing yet\n");
                c.Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.KG0005.severity = error\n");
            },
            Expected: ["facts/empty.yaml(1,1): error KG0005"]),
        ["an empty fact file, its warning turned off in .editorconfig"] = new(
            Edit: c =>
            {
                c.Write("facts/empty.yaml", "# nothing yet\n");
                c.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.KG0005.severity = none\n");
            },
            Expected: []),
        ["a wrong quote, its error turned off in .editorconfig and a global config"] = new(
            Edit: c =>
            {
                c.Replace("facts/facts.yaml", "quote: The Harbour City council approved a budget of $12.5 million", BadQuote);
                c.Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.KG0040.severity = none\n");
                c.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.KG0040.severity = suggestion\n");
            },
            Expected: [BadQuoteAt]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_mistake_is_printed_once_where_it_stands_and_never_in_generated_code(string name)
    {
        Consumer consumer = Consumers[name];
        string project = matrix.Folder(name);
        string output = matrix.Output;

        string projectName = Path.GetFileName(project);
        IReadOnlyList<BuiltDiagnostic> printed = BuildOutput.Diagnostics(BuildOutput.ForProject(output, Path.Combine(project, projectName + ".csproj")), project);
        bool built = File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", projectName + ".dll"));
        Assert.True(built != consumer.Expected.Any(e => e.Contains(": error ", StringComparison.Ordinal)), output);
        Assert.DoesNotContain(printed, d => d.File.EndsWith(".g.cs", StringComparison.Ordinal) || d.File.Contains("KnowledgeGen.KnowledgeGenerator", StringComparison.Ordinal));
        Assert.Equal(
            consumer.Expected.Order(StringComparer.Ordinal),
            printed.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// An editor computes its compilation from a design-time build; only that build hands the compiler the
    /// global config that lets the analyzer report live, so a command-line build prints each mistake once.
    /// </summary>
    [Fact]
    public void Only_a_design_time_build_turns_on_the_analyzers_live_reporting()
    {
        using var work = new TemporaryDirectory();
        var project = new ConsumerFolder(Path.Combine(work.Path, "consumer"));
        project.WriteProjectReferenceConsumer(Program);

        string designTime = CompilerArguments(project.Path, "-p:DesignTimeBuild=true", "-p:BuildingProject=false");
        string commandLine = CompilerArguments(project.Path);

        Assert.Contains("KnowledgeGen.LiveAnalysis.globalconfig", designTime, StringComparison.Ordinal);
        Assert.DoesNotContain("KnowledgeGen.LiveAnalysis.globalconfig", commandLine, StringComparison.Ordinal);
        string config = File.ReadAllText(Directory.GetFiles(Path.Combine(project.Path, "obj"), "KnowledgeGen.LiveAnalysis.globalconfig", SearchOption.AllDirectories).Single());
        Assert.Contains("build_property." + FactFileAnalyzer.LiveAnalysisProperty + " = true", config, StringComparison.Ordinal);
    }

    /// <summary>The compiler's command line as MSBuild would pass it, without running the compiler.</summary>
    private static string CompilerArguments(string project, params string[] properties)
    {
        (int exit, string output) = DotnetCli.Run(
            project,
            ["msbuild", "-nologo", "-nodeReuse:false", "-restore", "-t:ResolveProjectReferences;CoreCompile", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-getItem:CscCommandLineArgs", .. properties]);
        Assert.True(exit == 0, output);
        return output;
    }

    /// <summary>The line of every declaration's id in a fact file, 1-based.</summary>
    private static IEnumerable<int> IdLines(string yaml)
        => yaml.Split('\n').Select((line, index) => (line, index)).Where(l => Regex.IsMatch(l.line, "^  - id: ")).Select(l => l.index + 1);

    /// <summary>The case's mistake, the lines its build must print, and MSBuild properties of its own (as a user sets them in the project).</summary>
    private sealed record Consumer(Action<ConsumerFolder> Edit, string[] Expected, string Properties = "");

    /// <summary>
    /// Every case's consumer in a folder of its own (each with its own .editorconfig, root = true, where it has one),
    /// built by one `dotnet build` of a solution holding them all, so that MSBuild's start, the restore and the
    /// generator project's up-to-date check are paid once rather than once a case.
    /// </summary>
    public sealed class MatrixBuild : IDisposable
    {
        private readonly TemporaryDirectory _work = new();
        private readonly Dictionary<string, string> _folders = new(StringComparer.Ordinal);

        public MatrixBuild()
        {
            foreach ((string name, Consumer consumer) in Consumers)
            {
                string folder = "c" + _folders.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var project = new ConsumerFolder(Path.Combine(_work.Path, folder));
                project.WriteProjectReferenceConsumer(Program, consumer.Properties, projectName: folder);
                consumer.Edit(project);
                _folders[name] = project.Path;
            }

            _work.Write("matrix.slnx", "<Solution>\n" + string.Concat(_folders.Values.Select(f => $"  <Project Path=\"{Path.GetFileName(f)}/{Path.GetFileName(f)}.csproj\" />\n")) + "</Solution>\n");
            (_, Output) = DotnetCli.Run(TimeSpan.FromMinutes(10), _work.Path, "build", "matrix.slnx", "-nodeReuse:false", "--nologo");
        }

        /// <summary>What the solution's build printed.</summary>
        public string Output { get; }

        /// <summary>The folder of the case's consumer, named as its project is.</summary>
        public string Folder(string name) => _folders[name];

        public void Dispose() => _work.Dispose();
    }
}
