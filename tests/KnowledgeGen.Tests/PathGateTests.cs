using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// Real consumer builds of fact pull requests that attack the build through file names and links
/// (docs/security.md): each must stop before the compiler with a KG error naming the file, escaped, and
/// nothing from the attack may run or be read.
/// </summary>
[StartsRealProcesses]
public class PathGateTests
{
    private const string Properties = "<NoWarn>$(NoWarn);KG0070;KG0073;KG0076;KG0078</NoWarn>";

    /// <summary>C# in a text under facts/: harmless as a source text, code if the compiler is made to read it.</summary>
    private const string InjectedCode = """
        static class Injected
        {
            [System.Runtime.CompilerServices.ModuleInitializer]
            internal static void Run() => System.Console.WriteLine("INJECTED");
        }
        """;

    [Fact]
    public void A_file_name_holding_line_breaks_cannot_add_compiler_arguments()
    {
        using var work = HarbourConsumer();
        work.Write("facts/sources/006_x.txt", InjectedCode);
        // Each line of the response file is read as arguments: the name's second line adds every C# file of obj/
        // and the text above as code, its third a compiler option. Backslashes: a Linux file name cannot hold '/'.
        string name = "zzz\nProgram.cs obj\\Debug\\net10.0\\*.cs ..\\..\\facts\\sources\\006_x.txt\n-nowarn:X.txt";
        work.Write("facts/sources/" + name, "text");

        (int exit, string output) = ConsumerProject.Build(work.Path);

        Assert.NotEqual(0, exit);
        Assert.Contains(": error KG0007: The path 'facts/sources/zzz\\nProgram.cs obj/Debug/net10.0/facts/sources/006_x.txt\\n-nowarn:X.txt' holds the character '\\n' (U+000A)", output);
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("Program.cs", StringComparison.Ordinal) || line.StartsWith("-nowarn", StringComparison.Ordinal));
        Assert.DoesNotContain("error CS", output);
        Assert.False(File.Exists(Path.Combine(work.Path, "obj", "Debug", "net10.0", "Consumer.dll")), "the gate stops the build before the compiler writes a program");
    }

    [Fact]
    public void Fact_files_and_sources_named_with_characters_outside_the_safe_set_are_each_refused_before_the_compiler()
    {
        using var work = HarbourConsumer();
        (string Name, string Character)[] names =
        [
            ("quote\".txt", "'\"' (U+0022)"),
            ("bell\u0007.txt", "'\\u0007' (U+0007)"),
            ("right-to-left\u202Etxt.yaml", "'\\u202e' (U+202E)"),
            ("::error title=forged::x.yaml", "':' (U+003A)"),
        ];
        foreach ((string name, _) in names)
        {
            work.Write("facts/sources/" + name, "text");
        }

        (int exit, string output) = ConsumerProject.Build(work.Path);

        Assert.NotEqual(0, exit);
        foreach ((string name, string character) in names)
        {
            Assert.Contains(": error KG0007: The path 'facts/sources/" + KnowledgeGen.PrintableText.Escape(name) + "' holds the character " + character, output);
        }

        Assert.DoesNotContain("error CS", output);
        Assert.DoesNotContain(output.Split('\n'), line => line.TrimStart().StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_file_or_a_folder_outside_the_repository_is_refused_and_not_read()
    {
        using var outside = new TemporaryDirectory();
        string secret = "Secret-" + Guid.NewGuid().ToString("N");
        string secretFile = outside.Write("secret.txt", secret + "\n");
        outside.Write("folder/notes.txt", secret + "\n");
        using var work = HarbourConsumer();
        File.CreateSymbolicLink(Path.Combine(work.Path, "facts", "linked.txt"), secretFile);
        File.CreateSymbolicLink(Path.Combine(work.Path, "facts", "linked.yaml"), secretFile);
        Directory.CreateSymbolicLink(Path.Combine(work.Path, "facts", "linked-folder"), Path.Combine(outside.Path, "folder"));

        (int exit, string output) = ConsumerProject.Build(work.Path);

        Assert.NotEqual(0, exit);
        Assert.Contains("facts/linked.txt : error KG0008: 'facts/linked.txt' is a symbolic link;", output);
        Assert.Contains("facts/linked.yaml : error KG0008: 'facts/linked.yaml' is a symbolic link;", output);
        Assert.Contains("facts/linked-folder/notes.txt : error KG0008: 'facts/linked-folder/notes.txt' lies in the folder 'linked-folder' of its knowledge base, which is a symbolic link;", output);
        Assert.DoesNotContain(secret, output);
        Assert.DoesNotContain("error CS", output);
    }

    [Fact]
    public void A_file_tagged_by_hand_outside_the_project_folder_is_refused()
    {
        using var outside = new TemporaryDirectory();
        string secretFile = outside.Write("secret.txt", "Secret\n");
        using var work = HarbourConsumer($"<AdditionalFiles Include=\"{secretFile}\" KnowledgeGenFile=\"source\" />");

        (int exit, string output) = ConsumerProject.Build(work.Path);

        Assert.NotEqual(0, exit);
        Assert.Contains("error KG0008: '" + secretFile + "' lies outside its knowledge base's folder '" + work.Path + "'", output);
    }

    [Fact]
    public void A_source_text_of_50_MB_fails_the_build_at_its_declaration_as_its_page_shows()
    {
        using var work = new TemporaryDirectory();
        work.Write("facts/big.txt", HostileFolderTests.BigText());
        work.Write("facts/declarations.yaml", SmallKnowledgeBase.Declarations.Replace("file: article.txt", "file: big.txt"));
        work.Write("facts/facts.yaml", HostileFolderTests.WrongQuotes(21));
        work.Write("Program.cs", "System.Console.WriteLine();\n");
        work.Write("Consumer.csproj", ConsumerProject.ProjectFile(Properties));
        string page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", "KG0034.md")).ReplaceLineEndings("\n");

        (int exit, string output) = ConsumerProject.Build(work.Path);

        Assert.NotEqual(0, exit);
        BuiltDiagnostic[] reported = BuildOutput.Diagnostics(output, work.Path).ToArray();
        BuiltDiagnostic refused = Assert.Single(reported, d => d.Id == "KG0034");
        // The compiler adds the page's own address to the message; the page leaves it off.
        string message = refused.Message.Replace(" (" + Diagnostics.HelpLinkBase + "KG0034.md)", string.Empty, StringComparison.Ordinal);
        Assert.Equal(System.Text.RegularExpressions.Regex.Match(page, "```text\n(.*)\n```").Groups[1].Value, refused + ": " + message);
        Assert.DoesNotContain(reported, d => d.Id == "KG0040");
    }

    /// <summary>A consumer of the harbour fixture, as a user's project; <paramref name="items"/> go in its ItemGroup.</summary>
    private static TemporaryDirectory HarbourConsumer(string items = "")
    {
        var work = new TemporaryDirectory();
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "facts");
        work.Write("Program.cs", "System.Console.WriteLine(Harbour.Knowledge.HarbourFacts.AllFacts.Count);\n");
        work.Write("Consumer.csproj", ConsumerProject.ProjectFile(
            Properties + "<KnowledgeGenNamespace>Harbour.Knowledge</KnowledgeGenNamespace><KnowledgeGenClassName>HarbourFacts</KnowledgeGenClassName>",
            items));
        return work;
    }
}
