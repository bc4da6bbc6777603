using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests;

/// <summary>
/// Every diagnostic has a page under docs/diagnostics/, reached from its help link, and every example on a
/// page is built: the build of a consumer project with default settings prints exactly the lines the page
/// shows, in the order shown, and the fix builds with no warning or error. An example is a consumer
/// whose facts/ folder holds the small knowledge base the index page shows (article.txt, declarations.yaml and
/// a valid facts.yaml); a YAML block replaces facts.yaml, or the file its first line names (# file: NAME); a
/// text block whose first line names a file replaces that file (an article); an XML block goes into the project file.
/// Each file is written as the page shows it, so that the lines and columns a message names are those a reader
/// counts on the page: a YAML block's first line `# file: NAME` is a comment of the file and is line 1; only an
/// article, which cannot hold such a line, is written without it.
/// <para>
/// Which build: a consumer whose project file the page changes (an XML block: a KnowledgeGen property, a
/// &lt;KnowledgeBase&gt; item, an AdditionalFiles item) is built by a real `dotnet build`, since what the generator
/// sees then is MSBuild's work (the props' targets, item globbing, paths as MSBuild passes them). A consumer that
/// differs from the default one in its fact files alone is built in process (<see cref="ConsumerInProcess"/>: the
/// generator and the compiler as the build runs them, with the project's NoWarn), which costs a fraction of a
/// project's build: an example's lines are the generator's, and a fix, which must build clean, is compiled with
/// its generated code too. The consumers in <see cref="BuiltBothWays"/> are built both ways as well, and must print
/// the same lines (<see cref="In_process_build_prints_what_the_real_build_prints"/>).
/// </para>
/// </summary>
[StartsRealProcesses]
public partial class DiagnosticPageTests(DiagnosticPageTests.PageBuilds pageBuilds) : IClassFixture<DiagnosticPageTests.PageBuilds>
{
    /// <summary>Diagnostics whose example cannot be a fact file, with the reason the page gives.</summary>
    private static readonly Dictionary<string, string> NotRunnable = new()
    {
        ["KG0007"] = "the file's name is the example",
        ["KG0008"] = "a link is the example",
        ["KG0034"] = "a text over the limit is the example",
        ["KG0052"] = "the language version is the project's and not a fact file's",
        ["KG0054"] = "`knowledgegen check` reports it and a build does not",
        ["KG0099"] = "nothing known triggers it",
    };

    /// <summary>
    /// Diagnostics a `dotnet build` never prints, with the words of the page that say so: the page's example must
    /// build without a word, and the output it shows comes from the generator run in memory, handed each file the
    /// shown lines name (under the spelling of its path they give).
    /// </summary>
    private static readonly Dictionary<string, string> NotFromABuild = new()
    {
        ["KG0025"] = "A `dotnet build` does not get this far",
    };

    /// <summary>
    /// Fact-file consumers built both ways (a page's example, or its fix), one for each thing the in-process build
    /// must get as MSBuild and the compiler do, with what it stands for. Each real build costs seconds of CPU, so
    /// there are few: the generator's lines are the examples', and one fix stands for the compile of the generated code.
    /// </summary>
    private static readonly (string Id, string Section, string Why)[] BuiltBothWays =
    [
        ("KG0010", "## Example", "two errors printed in the order reported, not in file order"),
        ("KG0017", "## Example", "an article and declarations.yaml replaced"),
        ("KG0017", "## How to fix it", "the generated code compiled clean, with the article and declarations of the page"),
        ("KG0078", "## Example", "a completeness warning, shown only because NoWarn leaves out its own page's"),
        ("KG0089", "## Example", "a warning whose message names another place, relative to the project"),
    ];

    private static string PagesFolder => Path.Combine(RepositoryPaths.Root, "docs", "diagnostics");

    public static TheoryData<string> Ids() => new(Diagnostics.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_has_a_page_named_by_its_help_link(string id)
    {
        DiagnosticDescriptor descriptor = Diagnostics.All.Single(d => d.Id == id);
        string page = ReadPage(id);

        Assert.Equal(Diagnostics.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", page, StringComparison.Ordinal);
        Assert.Contains($"Severity: {descriptor.DefaultSeverity.ToString().ToLowerInvariant()}", page, StringComparison.Ordinal);
        foreach (string section in new[] { "## What it means", "## Example", "## How to fix it" })
        {
            Assert.Contains("\n" + section + "\n", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_example_gets_exactly_the_output_it_shows_and_its_fix_builds_clean(string id)
    {
        string page = ReadPage(id);
        if (NotRunnable.TryGetValue(id, out string? reason))
        {
            Assert.Contains(reason, page, StringComparison.Ordinal);
            return;
        }

        IReadOnlyList<CodeBlock> example = Blocks(Section(page, "## Example"));
        IReadOnlyList<CodeBlock> fix = Blocks(Section(page, "## How to fix it"));
        string[] shown = example.Single(b => b.Language == "text" && !FileLine().IsMatch(b.Text)).Text.TrimEnd('\n').Split('\n');
        Assert.Contains(fix, b => b.Language is "yaml" or "xml");

        ConsumerBuild exampleBuild = pageBuilds.Of(ConsumerFiles(example, id), compile: false);
        string[] reported = exampleBuild.Printed;
        if (NotFromABuild.TryGetValue(id, out string? never))
        {
            Assert.Contains(never, page, StringComparison.Ordinal);
            Assert.Empty(reported);
            Assert.True(exampleBuild.Built == true, id + ": the example did not build");
            reported = InMemory(ConsumerFiles(example, id), shown, id);
        }

        Assert.Contains(reported, line => line.Contains(" " + id + ": ", StringComparison.Ordinal));
        Assert.True(shown.SequenceEqual(reported), $"{id}: the page shows\n{string.Join("\n", shown)}\nthe build reports\n{string.Join("\n", reported)}");
        ConsumerBuild fixBuild = pageBuilds.Of(ConsumerFiles(fix, id), compile: true);
        Assert.Empty(fixBuild.Printed);
        Assert.True(fixBuild.Built == true, id + ": the fix did not build");
    }

    public static TheoryData<string, string> BuiltBothWaysCases()
    {
        var cases = new TheoryData<string, string>();
        foreach ((string id, string section, _) in BuiltBothWays)
        {
            cases.Add(id, section);
        }

        return cases;
    }

    /// <summary>
    /// The guard of the in-process build, which most pages' examples rely on: each consumer of
    /// <see cref="BuiltBothWays"/>, built by a real `dotnet build` and in process as the page test builds it (an
    /// example by the generator, a fix compiled too), prints the same lines, and a fix builds both ways or neither.
    /// Should the generator come to depend on something MSBuild or the compiler adds that <see cref="ConsumerInProcess"/>
    /// does not (a property, a path's spelling, the order or filtering of messages, a warning in the generated code),
    /// this fails, rather than the in-process pages passing on output no user would see.
    /// </summary>
    [Theory]
    [MemberData(nameof(BuiltBothWaysCases))]
    public void In_process_build_prints_what_the_real_build_prints(string id, string section)
    {
        bool compile = section == "## How to fix it";
        Consumer consumer = ConsumerFiles(Blocks(Section(ReadPage(id), section)), id);
        Assert.False(consumer.NeedsMSBuild, $"{id} changes the project file, so it is built by MSBuild alone");
        ConsumerBuild real = pageBuilds.Real(consumer);
        ConsumerBuild inProcess = pageBuilds.InProcess(consumer, compile);
        Assert.True(real.Printed.SequenceEqual(inProcess.Printed), $"{id} {section}: the real build prints\n{string.Join("\n", real.Printed)}\nthe in-process build\n{string.Join("\n", inProcess.Printed)}");
        Assert.Equal(compile ? real.Built : null, inProcess.Built);
    }

    [Fact]
    public void Index_links_every_page_and_shows_the_knowledge_base_the_examples_run_in()
    {
        string index = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md")).ReplaceLineEndings("\n");
        IReadOnlyList<CodeBlock> blocks = Blocks(index);

        foreach (DiagnosticDescriptor descriptor in Diagnostics.All)
        {
            Assert.Contains($"[{descriptor.Id}](diagnostics/{descriptor.Id}.md)", index, StringComparison.Ordinal);
        }

        Assert.Contains(blocks, b => b.Text == SmallKnowledgeBase.Article);
        Assert.Contains(blocks, b => b.Text == SmallKnowledgeBase.DeclarationsAsShown + "\n");
        Assert.Contains(blocks, b => b.Text == SmallKnowledgeBase.ValidFact);
        Assert.Equal(
            Diagnostics.All.Select(d => d.Id + ".md").Order(StringComparer.Ordinal),
            Directory.GetFiles(PagesFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The consumer project an example makes: the small knowledge base under facts/, with each YAML block
    /// replacing facts.yaml or the file its first line names, and each XML block put in the project file.
    /// </summary>
    /// The small knowledge base is deliberately incomplete (a sentence cited by no fact, a number with no measure),
    /// so the completeness warnings are turned off in every consumer but the one of their own page.
    internal static Consumer ConsumerFiles(IReadOnlyList<CodeBlock> blocks, string id)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["article.txt"] = SmallKnowledgeBase.Article,
            ["declarations.yaml"] = SmallKnowledgeBase.DeclarationsAsShown,
            ["facts.yaml"] = SmallKnowledgeBase.ValidFact,
        };
        string projectXml = string.Empty;
        foreach (CodeBlock block in blocks)
        {
            if (block.Language == "yaml" || (block.Language == "text" && FileLine().IsMatch(block.Text)))
            {
                Match named = FileLine().Match(block.Text);
                files[named.Success ? named.Groups[1].Value : "facts.yaml"] = named.Success && block.Language == "text" ? block.Text.Substring(named.Length) : block.Text;
            }
            else if (block.Language == "xml")
            {
                projectXml += block.Text;
            }
        }

        string[] noWarn = CompletenessChecks.Ids.Where(other => other != id).Order(StringComparer.Ordinal).ToArray();
        return new Consumer(string.Join("\n", files.Select(f => f.Key + "\n" + f.Value)), files, projectXml, noWarn);
    }

    /// <summary>The generator run in memory over the consumer's facts/ folder, plus each file the lines name under another spelling of its path.</summary>
    internal static string[] InMemory(Consumer consumer, string[] lines, string id)
    {
        var files = consumer.Facts.ToDictionary(f => "facts/" + f.Key, f => f.Value, StringComparer.Ordinal);
        foreach (string path in lines.Select(l => l.Substring(0, l.IndexOf('(', StringComparison.Ordinal))).Where(p => !files.ContainsKey(p)))
        {
            files[path] = files[Path.GetRelativePath("/", Path.GetFullPath("/" + path))];
        }

        GeneratorResult result = GeneratorHarness.Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText("/kb/" + f.Key, f.Value)));
        return PrintedDiagnostics.Of(result.AllGeneratorDiagnostics.Where(d => d.Id == id || !CompletenessChecks.Ids.Contains(d.Id)), folder: "/kb/");
    }

    internal static string ReadPage(string id)
    {
        string path = Path.Combine(PagesFolder, id + ".md");
        Assert.True(File.Exists(path), $"{id} has no page at docs/diagnostics/{id}.md");
        return File.ReadAllText(path).ReplaceLineEndings("\n");
    }

    /// <summary>The text from a level-two heading to the next one.</summary>
    internal static string Section(string page, string heading)
    {
        int start = page.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "no section " + heading);
        int end = page.IndexOf("\n## ", start + heading.Length + 1, StringComparison.Ordinal);
        return end < 0 ? page.Substring(start) : page.Substring(start, end - start);
    }

    internal static IReadOnlyList<CodeBlock> Blocks(string markdown)
        => FencedBlock().Matches(markdown).Select(m => new CodeBlock(m.Groups[1].Value, m.Groups[2].Value)).ToList();

    internal sealed record CodeBlock(string Language, string Text);

    /// <summary>
    /// A consumer's files under facts/, the XML its page puts in its project file and the diagnostics its project
    /// file's NoWarn lists; <paramref name="Key"/> tells equal consumers apart.
    /// </summary>
    public sealed record Consumer(string Key, IReadOnlyDictionary<string, string> Facts, string ProjectXml, IReadOnlyList<string> NoWarn)
    {
        public string Key { get; } = Key + "\n" + ProjectXml + "\n" + string.Join(";", NoWarn);

        /// <summary>Whether the page changes the project file, whose meaning only MSBuild gives.</summary>
        public bool NeedsMSBuild => ProjectXml.Length > 0;

        /// <summary>The project file's text: a <see cref="ConsumerProject"/> with the NoWarn and the page's XML.</summary>
        public string ProjectFile()
            => ConsumerProject.ProjectFile(extraXml: "<PropertyGroup><NoWarn>$(NoWarn);" + string.Join(";", NoWarn) + "</NoWarn></PropertyGroup>\n" + ProjectXml);
    }

    /// <summary>
    /// The pages' consumers built. Those a real build is for (see the class summary), each a consumer project of its
    /// own, are built by one `dotnet build` of a solution holding them all (default settings: analyzers run), so
    /// that the tests pay for one MSBuild start and the compilers run side by side; the others are built in
    /// process when a test asks. Equal consumers (most fixes are the valid knowledge base) are built once.
    /// </summary>
    public sealed class PageBuilds : IDisposable
    {
        private readonly TemporaryDirectory _work = new();
        private readonly Dictionary<string, ConsumerBuild> _real = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ConsumerBuild> _inProcess = new(StringComparer.Ordinal);

        public PageBuilds()
        {
            var consumers = new Dictionary<string, Consumer>(StringComparer.Ordinal);
            foreach (DiagnosticDescriptor descriptor in Diagnostics.All.Where(d => !NotRunnable.ContainsKey(d.Id)))
            {
                string page = ReadPage(descriptor.Id);
                foreach (string section in new[] { "## Example", "## How to fix it" })
                {
                    Consumer consumer = ConsumerFiles(Blocks(Section(page, section)), descriptor.Id);
                    if (consumer.NeedsMSBuild || BuiltBothWays.Any(c => c.Id == descriptor.Id && c.Section == section))
                    {
                        consumers.TryAdd(consumer.Key, consumer);
                    }
                }
            }

            var folders = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Consumer consumer in consumers.Values)
            {
                string folder = "c" + folders.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                folders[folder] = consumer.Key;
                foreach ((string name, string text) in consumer.Facts)
                {
                    _work.Write(Path.Combine(folder, "facts", name), text);
                }

                _work.Write(Path.Combine(folder, "Program.cs"), "Console.WriteLine(\"built\");\n");
                _work.Write(Path.Combine(folder, folder + ".csproj"), consumer.ProjectFile());
            }

            _work.Write("pages.slnx", "<Solution>\n" + string.Concat(folders.Keys.Select(f => $"  <Project Path=\"{f}/{f}.csproj\" />\n")) + "</Solution>\n");
            // A score of projects: on a machine shared with other builds this can take minutes.
            (_, string output) = DotnetCli.Run(TimeSpan.FromMinutes(20), _work.Path, "build", "-nodeReuse:false", "--nologo", "pages.slnx");
            foreach ((string folder, string key) in folders)
            {
                _real[key] = new ConsumerBuild(
                    PrintedByProject(output, Path.Combine(_work.Path, folder), folder + ".csproj"),
                    File.Exists(Path.Combine(_work.Path, folder, "bin", "Debug", "net10.0", folder + ".dll")));
            }

            Assert.True(_real.Values.Any(build => build.Printed.Length > 0), "the build printed no diagnostic for any page:\n" + output);
        }

        /// <summary>The consumer's build of its kind: real if its page changes the project file, else in process (compiled if asked).</summary>
        public ConsumerBuild Of(Consumer consumer, bool compile) => consumer.NeedsMSBuild ? Real(consumer) : InProcess(consumer, compile);

        /// <summary>What the real build printed for the consumer (its KG diagnostics, and any other warning or error, in order), and whether it wrote the program.</summary>
        public ConsumerBuild Real(Consumer consumer) => _real[consumer.Key];

        /// <summary>The same, from the consumer built in process (see <see cref="ConsumerInProcess.Build"/>).</summary>
        public ConsumerBuild InProcess(Consumer consumer, bool compile)
            => _inProcess.GetOrAdd((compile ? "compiled\n" : "generated\n") + consumer.Key, _ => ConsumerInProcess.Build("Consumer", consumer.Facts, consumer.NoWarn, compile));

        public void Dispose() => _work.Dispose();
    }

    /// <summary>
    /// The diagnostics MSBuild printed for one project of a build, in the order printed, up to the summary that
    /// repeats them. Each line ends with the project's path in brackets, which is dropped; paths are shown
    /// relative to the project's folder; the address of the diagnostic's own page, which the compiler adds to
    /// each message, is left off.
    /// </summary>
    private static string[] PrintedByProject(string output, string projectFolder, string projectFile)
    {
        string suffix = " [" + Path.Combine(projectFolder, projectFile) + "]";
        return output.Split('\n')
            .Select(line => line.TrimEnd('\r').Trim())
            .TakeWhile(line => line is not ("Build FAILED." or "Build succeeded."))
            .Where(line => line.EndsWith(suffix, StringComparison.Ordinal) && DiagnosticLine().IsMatch(line))
            .Select(line => line.Substring(0, line.Length - suffix.Length).Replace(projectFolder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal))
            .Select(line => HelpLink().Replace(line, string.Empty))
            .ToArray();
    }

    [GeneratedRegex(@"^```(\w*)\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@" \(https://\S+/docs/diagnostics/KG\d{4}\.md\)$")]
    private static partial Regex HelpLink();

    [GeneratedRegex(@": (error|warning) [A-Z]+\d+: ")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"\A# file: (\S+)\n")]
    internal static partial Regex FileLine();
}
