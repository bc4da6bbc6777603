using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// Every command shown in a shell block of the README or docs/*.md runs from the repository root and succeeds,
/// so that no documented command rots; where a block shows a command's output (as # lines after it), the
/// command prints those lines. A command whose full run is long runs a short form instead, and the few that
/// cannot run inside the tests are listed with the reason. The files a command writes for the reader land in a
/// temporary folder, not in the repository, so that the commands run beside the other tests (the builds they start
/// are the test command's own, found up to date, or in Release, which no other test builds).
/// </summary>
[StartsRealProcesses]
public partial class DocumentedCommandTests
{
    private const string LedgerSteps =
        "the README's ledger steps change the ledger snapshot; ReadmeExampleTests.A_fact_added_through_the_readme_steps_ends_green runs them as written on a copy of the repository with a fact added";

    /// <summary>Commands that are not run here, and why.</summary>
    private static readonly Dictionary<string, string> NotRun = new(StringComparer.Ordinal)
    {
        ["dotnet test KnowledgeGen.sln"] = "it is the command that runs this test",
        ["KNOWLEDGEGEN_FUZZ_FACTS=10000 dotnet test tests/KnowledgeGen.Tests --filter PropertyTests"] =
            "a test run inside the tests would rebuild the test assembly that is running; PropertyTests runs in every test run at its default size",
        ["bash bench/performance.sh"] =
            "it runs the whole benchmark set, an estimated 16 to 22 minutes on 2 quiet cores; its parts run here in short forms (the benchmarks' --help, bench/scale.sh 50, the table's tests)",
        ["bash bench/review.sh"] =
            "it benchmarks the reviewing commands at 100,000 facts for minutes and rewrites docs/performance.md; its benchmarks' --help runs here",
        ["bash bench/lsp.sh"] =
            "it builds in Release, times the language server on a 10,000-fact knowledge base for minutes and rewrites docs/performance.md; LanguageServerTests drive the same server",
        ["bash .ci/mutation"] = "the mutation run takes about an hour on 2 cores; it is run by hand (docs/testing.md), never inside the tests",
        ["bash .ci/mutation '**/Checking/TextSearch.cs'"] = "a mutation run of one file still takes minutes and runs the test suite many times over",
        ["dotnet test tests/KnowledgeGen.Ledger.Tests"] = LedgerSteps,
        ["cd tests/KnowledgeGen.Ledger.Tests/__snapshots__"] = LedgerSteps,
        ["diff CitationLedgerTests.*.snap __mismatch__/CitationLedgerTests.*.snap"] = LedgerSteps,
        ["mv __mismatch__/CitationLedgerTests.*.snap . && rm -r __mismatch__"] = LedgerSteps,
        ["cd ../../.."] = LedgerSteps,
        ["dotnet tool install --tool-path ~/.knowledgegen KnowledgeGen.Tool --add-source feed"] =
            "it installs into the home folder; ToolTests packs the tool, installs it into a temporary tool path and runs it",
    };

    /// <summary>Commands whose full run takes minutes, and the short form of each that runs instead.</summary>
    private static readonly (Regex Long, string Instead)[] ShortForms =
    [
        (new Regex(@"^dotnet run -c Release --project bench/KnowledgeGen\.Benchmarks -- .*$"), "dotnet run -c Release --project bench/KnowledgeGen.Benchmarks -- --help"),
        (new Regex(@"^bash bench/scale\.sh \d+$"), "bash bench/scale.sh 50"),
    ];

    /// <summary>The installed tool's command, run here by the tool the tests were built with (installing it is not run, see <see cref="NotRun"/>).</summary>
    private static readonly Regex InstalledTool = new(@"^knowledgegen ");

    /// <summary>Commands whose block shows their output for a changed knowledge base, checked by another test.</summary>
    private static readonly Dictionary<string, string> OutputCheckedElsewhere = new(StringComparer.Ordinal)
    {
        ["knowledgegen check facts"] = nameof(ReadmeExampleTests),
    };

    /// <summary>
    /// The files and folders commands write into the folder they run in, as the documents name them: each is written
    /// into a temporary folder instead, where the test then finds it.
    /// </summary>
    private static readonly Regex Output = new(@"(?<=\s)(\./)?(?<name>report\.md|knowledge-base\.json|feed|evidence-report|fact-file\.schema\.json)(?=\s|$)");

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (string document in Documents())
        {
            for (int i = 0; i < ShellBlocks(document).Count; i++)
            {
                data.Add(document, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Each_documented_command_runs(string document, int block)
    {
        IReadOnlyList<string> lines = ShellBlocks(document)[block];
        if (lines[0] == "cd tests/KnowledgeGen.Ledger.Tests/__snapshots__")
        {
            AcceptingASnapshotWorks(lines);
            return;
        }

        using var outputs = new TemporaryDirectory();
        // Several long commands of a block can share one short form (four benchmark runs, one --help): it runs once.
        var shortFormsRun = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Count; i++)
        {
            string command = lines[i];
            if (command.StartsWith('#') || NotRun.ContainsKey(command))
            {
                continue;
            }

            string? instead = ShortForms.FirstOrDefault(s => s.Long.IsMatch(command)).Instead;
            if (instead is not null && !shortFormsRun.Add(instead))
            {
                continue;
            }

            string run = instead ?? command;
            run = InstalledTool.Replace(run, "dotnet \"" + Path.Combine(AppContext.BaseDirectory, "KnowledgeGen.Tool.dll") + "\" ");
            var written = new List<string>();
            run = Output.Replace(run, m =>
            {
                written.Add(Path.Combine(outputs.Path, m.Groups["name"].Value));
                return "'" + written[^1] + "'";
            });
            (int exit, string output) = Bash(RepositoryPaths.Root, run);
            Assert.True(exit == 0, $"{document}: `{run}` exited with {exit}:\n{output}");
            Assert.All(written, path => Assert.True(Path.Exists(path), $"{document}: `{command}` wrote no {Path.GetFileName(path)}:\n{output}"));

            string[] shown = lines.Skip(i + 1).TakeWhile(l => l.StartsWith("# ", StringComparison.Ordinal)).Select(l => l.Substring(2)).ToArray();
            if (shown.Length > 0 && !OutputCheckedElsewhere.ContainsKey(command))
            {
                Assert.Equal(shown, output.Split('\n').Select(l => l.TrimEnd('\r')).Take(shown.Length));
            }
        }
    }

    [Fact]
    public void The_commands_not_run_are_still_documented_and_every_short_form_stands_for_a_documented_command()
    {
        string[] commands = Documents().SelectMany(d => ShellBlocks(d).SelectMany(b => b)).ToArray();
        Assert.All(NotRun.Keys, c => Assert.Contains(c, commands));
        Assert.All(OutputCheckedElsewhere.Keys, c => Assert.Contains(c, commands));
        Assert.All(ShortForms, s => Assert.Contains(commands, c => s.Long.IsMatch(c)));
    }

    /// <summary>
    /// The README's steps for accepting a snapshot, run where a failed snapshot test has left a new ledger in
    /// __mismatch__/: the new ledger takes the old one's place and __mismatch__/ is gone. (`diff` exits with 1
    /// because the two differ, which is what it is run for.)
    /// </summary>
    private static void AcceptingASnapshotWorks(IReadOnlyList<string> lines)
    {
        using var work = new TemporaryDirectory();
        string snapshots = Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGen.Ledger.Tests", "__snapshots__");
        string ledger = Path.GetFileName(Directory.GetFiles(snapshots, "CitationLedgerTests.*.snap").Single());
        work.Write(Path.Combine("tests", "KnowledgeGen.Ledger.Tests", "__snapshots__", ledger), "old ledger\n");
        work.Write(Path.Combine("tests", "KnowledgeGen.Ledger.Tests", "__snapshots__", "__mismatch__", ledger), "new ledger\n");

        string folder = work.Path;
        foreach (string command in lines)
        {
            if (command.StartsWith("cd ", StringComparison.Ordinal))
            {
                folder = Path.Combine(folder, command.Substring(3));
                continue;
            }

            (int exit, string output) = Bash(folder, command);
            Assert.True(exit == 0 || (exit == 1 && command.StartsWith("diff ", StringComparison.Ordinal)), $"`{command}` exited with {exit}:\n{output}");
        }

        Assert.Equal("new ledger\n", File.ReadAllText(Path.Combine(folder, ledger)));
        Assert.False(Directory.Exists(Path.Combine(folder, "__mismatch__")));
    }

    private static IEnumerable<string> Documents()
        => new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md")
            .Select(p => "docs/" + Path.GetFileName(p)).Order(StringComparer.Ordinal));

    /// <summary>The shell blocks of a document, each as its lines: commands without their trailing comment, and # output lines.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> ShellBlocks(string document)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, document)).ReplaceLineEndings("\n");
        return ShellBlock().Matches(text)
            .Select(m => (IReadOnlyList<string>)m.Groups["text"].Value.Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.Length > 0)
                .Select(l => l.StartsWith('#') ? l : TrailingComment().Replace(l, string.Empty))
                .ToList())
            .ToList();
    }

    private static (int ExitCode, string Output) Bash(string folder, string command)
        => DotnetCli.RunProgram("bash", folder, new Dictionary<string, string>(), ["-c", command], TimeSpan.FromMinutes(10));

    [GeneratedRegex(@"^(?<indent> *)```(sh|bash|shell)\n(?<text>.*?)^\k<indent>```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"\s+#\s.*$")]
    private static partial Regex TrailingComment();
}
