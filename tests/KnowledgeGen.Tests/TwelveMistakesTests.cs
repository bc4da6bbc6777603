using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// Twelve ordinary mistakes of a fact editor, each made in its own copy of the repository's knowledge base
/// inside a real consumer project under the repository's own .editorconfig: each gets exactly one located
/// message, and `knowledgegen check` run in the project's folder prints the very line the build prints, with
/// the same verdict. The copies are built in one `dotnet build` of a solution, so that restore and the build's
/// start-up are paid once. The mistakes are made by the shape of the files, not by which facts they hold.
/// </summary>
[StartsRealProcesses]
public partial class TwelveMistakesTests
{
    /// <summary>A person named in no article, for the according-to mistake.</summary>
    private const string AbsentPerson = "  - { id: zebulon-quirkfeather, kind: person, name: Zebulon Quirkfeather }\n";

    public static readonly IReadOnlyDictionary<string, Action<string>> Mistakes = new Dictionary<string, Action<string>>
    {
        ["typo-in-a-quote"] = facts => EditFirstTopic(facts, FirstQuote(), m => m.Groups["indent"].Value + "quote: " + SwapLetters(m.Groups["text"].Value)),
        ["curly-quotes"] = facts => EditFirstTopic(facts, FirstQuote(), m => m.Groups["indent"].Value + "quote: \u201C" + m.Groups["text"].Value + "\u201D"),
        ["reused-id"] = facts => EditFirstTopic(facts, TwoFactIds(), m => m.Value.Replace("- id: " + m.Groups["second"].Value, "- id: " + m.Groups["first"].Value, StringComparison.Ordinal)),
        ["misspelt-entity"] = facts => EditFirstTopic(facts, FirstAbout(), m => m.Groups["head"].Value + SwapLetters(m.Groups["id"].Value)),
        ["bad-date"] = facts => EditFirstTopic(facts, FirstDate(), m => m.Groups["head"].Value + m.Groups["year"].Value + "-02-30"),
        ["value-off-by-a-scale-word"] = facts => EditFirstTopic(facts, FirstScaledAmount(), m => m.Groups["head"].Value + m.Groups["amount"].Value.Substring(0, m.Groups["amount"].Length - 3) + m.Groups["tail"].Value),
        ["missing-status"] = facts => EditFirstTopic(facts, FirstThreatenedStatus(), _ => string.Empty),
        ["cited-sentence-in-not-claims"] = ListACitedSentence,
        ["removed-source-file"] = facts => File.Delete(Directory.GetFiles(Path.Combine(facts, "sources"), "*.txt").Order(StringComparer.Ordinal).Last()),
        ["tab"] = facts => EditFirstTopic(facts, FirstKindLine(), m => "\t" + m.Groups["rest"].Value),
        ["according-to-someone-absent"] = facts =>
        {
            Edit(Path.Combine(facts, "entities", "people.yaml"), EntitiesList(), m => m.Value + AbsentPerson);
            EditFirstTopic(facts, FirstAccordingTo(), m => m.Groups["head"].Value + "zebulon-quirkfeather" + m.Groups["tail"].Value);
        },
        ["wrong-sha256"] = facts => Edit(Path.Combine(facts, "sources.yaml"), FirstSha(), m => m.Groups["head"].Value + (m.Groups["first"].Value == "0" ? "1" : "0")),
    };

    [Fact]
    public void Each_mistake_gets_one_located_message_the_same_from_check_and_the_build()
    {
        Assert.Equal(12, Mistakes.Count);
        using var work = new TemporaryDirectory();
        File.Copy(Path.Combine(RepositoryPaths.Root, ".editorconfig"), Path.Combine(work.Path, ".editorconfig"));
        string[] projects = ["unchanged", .. Mistakes.Keys];
        foreach (string name in projects)
        {
            work.CopyFolder(RepositoryPaths.Facts, Path.Combine(name, "facts"));
            work.Write(Path.Combine(name, name + ".csproj"), ConsumerProject.ProjectFile());
            work.Write(Path.Combine(name, "Program.cs"), "System.Console.WriteLine();\n");
            if (Mistakes.TryGetValue(name, out Action<string>? make))
            {
                make(Path.Combine(work.Path, name, "facts"));
            }
        }

        work.Write("all.slnx", "<Solution>\n" + string.Concat(projects.Select(p => $"  <Project Path=\"{p}/{p}.csproj\" />\n")) + "</Solution>\n");
        (_, string built) = DotnetCli.Run(TimeSpan.FromMinutes(10), work.Path, "build", "all.slnx", "-nodeReuse:false", "--nologo", "-m:2");

        var failures = new List<string>();
        foreach (string name in projects)
        {
            string folder = Path.Combine(work.Path, name);
            string[] fromBuild = BuildOutput.Diagnostics(built, folder)
                .Where(d => !Path.IsPathRooted(d.File) && d.Id.StartsWith("KG", StringComparison.Ordinal))
                .Select(Line)
                .Distinct()
                .ToArray();
            bool buildPassed = Regex.IsMatch(built, $@"^\s*{Regex.Escape(name)} -> ", RegexOptions.Multiline);
            (int exit, string checkOutput) = DotnetCli.Run(folder, Path.Combine(AppContext.BaseDirectory, "KnowledgeGen.Tool.dll"), "check", "facts");
            string[] fromCheck = BuildOutput.Diagnostics(checkOutput, folder).Select(Line).ToArray();

            int expected = name == "unchanged" ? 0 : 1;
            if (fromBuild.Length != expected || !fromBuild.SequenceEqual(fromCheck) || buildPassed != (exit == 0) || buildPassed != (expected == 0))
            {
                failures.Add($"{name}: build {(buildPassed ? "passed" : "failed")}, check exit {exit}\n  build:\n    {string.Join("\n    ", fromBuild)}\n  check:\n    {string.Join("\n    ", fromCheck)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\nbuild output:\n" + built);
    }

    private static string Line(BuiltDiagnostic d) => $"{d.File}({d.Line},{d.Column}): {d.Severity} {d.Id}: {d.Message}";

    private static void EditFirstTopic(string facts, Regex pattern, MatchEvaluator replace)
    {
        string? file = Directory.GetFiles(Path.Combine(facts, "topics"), "*.yaml").Order(StringComparer.Ordinal).FirstOrDefault(f => pattern.IsMatch(File.ReadAllText(f)));
        Assert.True(file is not null, "no topic file has " + pattern);
        Edit(file, pattern, replace);
    }

    private static void Edit(string file, Regex pattern, MatchEvaluator replace)
    {
        string text = File.ReadAllText(file);
        string changed = pattern.Replace(text, replace, 1);
        Assert.True(changed != text, "no " + pattern + " in " + file);
        File.WriteAllText(file, changed);
    }

    /// <summary>Lists the first quoted sentence of a source under that source's not-claims, where a sentence holding a claim must not stand.</summary>
    private static void ListACitedSentence(string facts)
    {
        Match citation = Directory.GetFiles(Path.Combine(facts, "topics"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => CitationWithQuote().Match(File.ReadAllText(f)))
            .First(m => m.Success);
        string entry = "      - { quote: '" + citation.Groups["quote"].Value.Replace("'", "''", StringComparison.Ordinal) + "', reason: furniture }\n";
        string sources = Path.Combine(facts, "sources.yaml");
        var declaration = new Regex(@"^  - id: " + Regex.Escape(citation.Groups["source"].Value) + @"\n(?:    .*\n|\n)*?(?=  - id: |\z)", RegexOptions.Multiline);
        Edit(sources, declaration, m => m.Value.Contains("\n    not-claims:\n", StringComparison.Ordinal)
            ? m.Value.Replace("\n    not-claims:\n", "\n    not-claims:\n" + entry, StringComparison.Ordinal)
            : m.Value.TrimEnd('\n') + "\n    not-claims:\n" + entry + "\n");
    }

    /// <summary>The word's two middle letters swapped: "promise" becomes "prmoise".</summary>
    private static string SwapLetters(string text)
    {
        Match word = Regex.Match(text, @"[a-z]{5,}");
        Assert.True(word.Success, "no word to misspell in " + text);
        int at = word.Index + (word.Length / 2) - 1;
        return text.Substring(0, at) + text[at + 1] + text[at] + text.Substring(at + 2);
    }

    [GeneratedRegex(@"^(?<indent> +)quote: (?<text>[A-Za-z][^'""\n#]*[a-z.])$", RegexOptions.Multiline)]
    private static partial Regex FirstQuote();

    [GeneratedRegex(@"^  - id: (?<first>[a-z0-9-]+)\n(?:    .*\n|\n)*?  - id: (?<second>[a-z0-9-]+)$", RegexOptions.Multiline)]
    private static partial Regex TwoFactIds();

    [GeneratedRegex(@"^(?<head>    about: \[)(?<id>[a-z0-9-]{5,})", RegexOptions.Multiline)]
    private static partial Regex FirstAbout();

    [GeneratedRegex(@"(?<head>\b(?:date|from|to): )(?<year>\d{4})-\d{2}-\d{2}\b")]
    private static partial Regex FirstDate();

    [GeneratedRegex(@"(?<head>amount: )(?<amount>\d+000)(?<tail>, currency: [A-Z]{3}, printed: [^,}\n]* (?:million|billion) *\})")]
    private static partial Regex FirstScaledAmount();

    [GeneratedRegex(@"^    status: threatened\n", RegexOptions.Multiline)]
    private static partial Regex FirstThreatenedStatus();

    [GeneratedRegex(@"^      - source: (?<source>[a-z0-9-]+)\n        quote: (?<quote>[A-Za-z][^""\n#]*[a-z.])\n", RegexOptions.Multiline)]
    private static partial Regex CitationWithQuote();

    [GeneratedRegex(@"^    (?<rest>kind: .*)$", RegexOptions.Multiline)]
    private static partial Regex FirstKindLine();

    [GeneratedRegex(@"^entities:\n", RegexOptions.Multiline)]
    private static partial Regex EntitiesList();

    [GeneratedRegex(@"(?<head>    according-to: \[)(?<id>[a-z0-9-]+)(?<tail>\])")]
    private static partial Regex FirstAccordingTo();

    [GeneratedRegex(@"(?<head>    sha256: )(?<first>[0-9a-f])")]
    private static partial Regex FirstSha();
}
