using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;

namespace KnowledgeGen.Tests;

/// <summary>
/// The command-line tool on facts folders built as an attacker would (docs/security.md): links out of the
/// folder, file names holding line breaks, ids that would forge CI log lines. Every command finds the files one
/// way (KnowledgeBaseFiles), so each attack must end in a located KG error or escaped output in all of them,
/// with nothing from outside the folder in any output.
/// </summary>
public class HostileFolderTests
{
    [Fact]
    public void A_linked_file_or_folder_is_refused_by_every_command_and_its_text_reaches_no_output()
    {
        using var outside = new TemporaryDirectory();
        string secret = "Secret-" + Guid.NewGuid().ToString("N");
        string secretFile = outside.Write("secret.txt", secret + ".\n");
        outside.Write("folder/more.txt", secret + ".\n");
        outside.Write("folder/more.yaml", "entities:\n  - id: " + secret.ToLowerInvariant() + "\n    kind: person\n    name: " + secret + "\n");
        using TemporaryDirectory folder = SmallFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "linked.txt"), secretFile);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "linked"), Path.Combine(outside.Path, "folder"));
        using var work = new TemporaryDirectory();

        (int check, string checkOutput, _) = Run("check", folder.Path);
        (int export, string exportOutput, string exportError) = Run("export", folder.Path, "--json", Path.Combine(work.Path, "out.json"), "--markdown", Path.Combine(work.Path, "out.md"));
        (_, string coverageOutput, _) = Run("coverage", folder.Path);
        (_, string citeOutput, string citeError) = Run("cite", folder.Path, "port-report", "Secret");
        (_, string reportOutput, string reportError) = Run("report", folder.Path, "--out", Path.Combine(work.Path, "report"));
        (int diff, string diffOutput, string diffError) = Run("diff", folder.Path, folder.Path);

        Assert.Equal(1, check);
        string shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder.Path).Replace('\\', '/');
        Assert.Contains($"{shown}/linked.txt(1,1): error KG0008: '{shown}/linked.txt' is a symbolic link;", checkOutput);
        Assert.Contains($"{shown}/linked(1,1): error KG0008: '{shown}/linked' is a symbolic link;", checkOutput);
        Assert.NotEqual(0, export);
        Assert.Equal(2, diff);
        Assert.Contains("KG0008: '", diffError);
        string everything = string.Join("\n", checkOutput, exportOutput, exportError, coverageOutput, citeOutput, citeError, reportOutput, reportError, diffOutput, diffError)
            + string.Concat(Directory.GetFiles(work.Path, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_file_name_holding_line_breaks_is_named_escaped_and_an_undeclared_text_is_reported()
    {
        using TemporaryDirectory folder = SmallFolder();
        folder.Write("sources/006_x.txt", "static class Injected { }\n");
        folder.Write("sources/zzz\nProgram.cs obj\\Debug\\net10.0\\*.cs ..\\..\\facts\\sources\\006_x.txt\n-nowarn:X.txt", "text");
        folder.Write("notes.html", "<p>unseen</p>");
        folder.Write("README.md", "What this folder holds.");

        (int exit, string output, _) = Run("check", folder.Path);

        Assert.Equal(1, exit);
        string shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder.Path).Replace('\\', '/');
        // Paths are shown with '/' between folders, as a Windows user types them too.
        Assert.Contains($"{shown}/sources/zzz\\nProgram.cs obj/Debug/net10.0/*.cs ../../facts/sources/006_x.txt\\n-nowarn:X.txt(1,1): error KG0007: The path", output);
        Assert.Contains($"holds the character '\\n' (U+000A);", output);
        Assert.Contains($"{shown}/sources/006_x.txt(1,1): warning KG0054: '{shown}/sources/006_x.txt' lies in the knowledge base's folder but is a text that no source declares,", output);
        Assert.Contains($"{shown}/notes.html(1,1): warning KG0054: '{shown}/notes.html' lies in the knowledge base's folder but is neither a fact file (*.yaml, *.yml) nor a source text (*.txt),", output);
        Assert.DoesNotContain("README.md", output);
        Assert.All(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches(@"^(\S.*\(\d+,\d+\): (error|warning) KG\d{4}: |\d+ facts checked)", line));
    }

    [Fact]
    public void Ids_and_references_holding_line_breaks_cannot_forge_a_ci_log_command()
    {
        using TemporaryDirectory folder = SmallFolder();
        folder.Write("facts.yaml", SmallKnowledgeBase.ValidFact
            .Replace("id: containers-2019", "id: \"forged\\n::error file=README.md::Approved\\n::stop-commands::x\"")
            .Replace("about: [port]", "about: [port, \"nobody\\r\\n::warning::\\u0007bell\"]"));

        (int exit, string output, _) = Run("check", folder.Path, githubActions: true);

        Assert.Equal(1, exit);
        Assert.Contains(": error KG0013: The id 'forged\\n::error file=README.md::Approved\\n::stop-commands::x' is not kebab-case", output);
        Assert.Contains(": error KG0013: The id 'nobody\\r\\n::warning::\\u0007bell' is not kebab-case", output);
        // The only lines that start with "::" are the annotations the tool writes itself, one per diagnostic.
        string[] commands = output.Split('\n').Where(line => line.StartsWith("::", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(commands);
        Assert.All(commands, line => Assert.Matches(@"^::(error|warning) file=[^:,]+,line=\d+,col=\d+,title=KG\d{4}::[^\r]*$", line));
        Assert.DoesNotContain('\u0007', output);
    }

    [Fact]
    public void Control_and_invisible_format_characters_of_a_statement_reach_the_exported_json_escaped()
    {
        using TemporaryDirectory folder = SmallFolder();
        folder.Write("facts.yaml", SmallKnowledgeBase.ValidFact.Replace(
            "statement: The port handled 2.5 million containers in 2019.",
            "statement: \"The port handled\\a 2.5 million\\u202E containers\\L in 2019.\\r\\n::error::x\""));
        using var work = new TemporaryDirectory();
        string json = Path.Combine(work.Path, "out.json");

        (int exit, _, string error) = Run("export", folder.Path, "--json", json);

        Assert.True(exit == 0, error);
        string text = File.ReadAllText(json);
        Assert.Contains("The port handled\\u0007 2.5 million\\u202E containers\\u2028 in 2019.\\r\\n::error::x", text);
        Assert.DoesNotContain(text, c => c is '\u0007' or '\u202E' or '\u2028' or '\r');
    }

    [Fact]
    public void The_unread_file_page_shows_what_check_prints()
    {
        using TemporaryDirectory folder = SmallFolder();
        folder.Write("sources/006_x.txt", "static class Injected { }\n");
        string page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", "KG0054.md")).ReplaceLineEndings("\n");
        string shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder.Path).Replace('\\', '/');

        (_, string output, _) = Run("check", folder.Path);

        // The page's example is run from the folder above facts/; here the folder is named from the current one.
        string line = Regex.Match(page, "```text\n(.*)\n```").Groups[1].Value.Replace("facts/", shown + "/", StringComparison.Ordinal);
        // check ends each message with the page's link, which the page itself leaves out.
        Assert.Contains(output.ReplaceLineEndings("\n").Split('\n'), printed => printed == line || printed.StartsWith(line + " (https://", StringComparison.Ordinal));
    }

    [Fact]
    public void A_source_text_of_50_MB_cited_by_wrong_quotes_is_refused_at_its_declaration_without_being_searched()
    {
        using TemporaryDirectory folder = SmallFolder();
        folder.Write("big.txt", BigText());
        folder.Write("declarations.yaml", SmallKnowledgeBase.DeclarationsAsShown.Replace("file: article.txt", "file: big.txt"));
        folder.Write("facts.yaml", WrongQuotes(21));
        string page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", "KG0034.md")).ReplaceLineEndings("\n");
        string shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder.Path).Replace('\\', '/');
        var clock = System.Diagnostics.Stopwatch.StartNew();

        (int exit, string output, _) = Run("check", folder.Path);

        clock.Stop();
        Assert.Equal(1, exit);
        string line = Regex.Match(page, "```text\n(.*)\n```").Groups[1].Value.Replace("facts/", shown + "/", StringComparison.Ordinal);
        // check ends each message with the page's link, which the page itself leaves out.
        Assert.Contains(output.ReplaceLineEndings("\n").Split('\n'), printed => printed == line || printed.StartsWith(line + " (https://", StringComparison.Ordinal));
        Assert.DoesNotContain("KG0040", output);
        // Before the limit this took 9.6 s and 2 s more for each wrong quote; reading 50 MB is all that is left.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), clock.Elapsed.ToString());
    }

    /// <summary>50 MiB of text: sentences of words, as a hostile source would be to make splitting and searching cost.</summary>
    internal static string BigText()
    {
        var text = new System.Text.StringBuilder(50 * 1024 * 1024 + 100);
        for (int i = 0; text.Length < 50 * 1024 * 1024; i++)
        {
            text.Append("Sentence number ").Append(i).Append(" says the port handled containers. ");
            if (i % 20 == 19)
            {
                text.Append('\n');
            }
        }

        text.Length = 50 * 1024 * 1024;
        return text.ToString();
    }

    /// <summary>A fact file of <paramref name="count"/> facts whose quotes stand nowhere in the source.</summary>
    internal static string WrongQuotes(int count)
        => "facts:\n" + string.Concat(Enumerable.Range(0, count).Select(i => SmallKnowledgeBase.ValidFact
            .Replace("facts:\n", string.Empty)
            .Replace("id: containers-2019", "id: wrong-" + i)
            .Replace("quote: The port handled 2.5 million containers in 2019", "quote: The harbour shipped " + i + " million crates in the year")));

    /// <summary>A valid small knowledge base in a folder of its own.</summary>
    private static TemporaryDirectory SmallFolder()
    {
        var folder = new TemporaryDirectory();
        folder.Write("article.txt", SmallKnowledgeBase.Article);
        folder.Write("declarations.yaml", SmallKnowledgeBase.Declarations);
        folder.Write("facts.yaml", SmallKnowledgeBase.ValidFact);
        return folder;
    }

    private static (int Exit, string Output, string Error) Run(params string[] args) => Run(args, githubActions: false);

    private static (int Exit, string Output, string Error) Run(string command, string folder, bool githubActions)
        => Run([command, folder], githubActions);

    private static (int Exit, string Output, string Error) Run(string[] args, bool githubActions)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CommandLine.Run(args, output, error, githubActions);
        return (exit, output.ToString(), error.ToString());
    }
}
