using KnowledgeGen.Checking;
using KnowledgeGen.Model;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// Runs the checks in memory over a knowledge base of several fact files under /kb/ and one article, and writes
/// each diagnostic as "KG0020 b.yaml(7,7) 'the-fact': message": the file and line/column the build would show,
/// and what the location underlines (or, where it marks a point, the rest of that line).
/// </summary>
public static class KnowledgeBaseRun
{
    public const string Article =
        "Port Report\n"
        + "Lee Park runs the port. Traffic grew 4 per cent in 2018, the port said.\n"
        + "Chan said traffic grew 5 per cent in 2018. Mr Chan later said traffic grew 6 per cent in 2019.\n"
        + "Traffic fell in 2020. Lee Park resigned soon after.\n";

    public static readonly string Sha = SourceDocument.ComputeSha256(Article);

    /// <summary>A fact file's declaration of the article (id 'article', the given file name and publication date).</summary>
    public static string Source(string id = "article", string file = "article.txt", string published = "")
        => $"  - id: {id}\n    file: {file}\n    title: Article\n"
            + (published.Length > 0 ? $"    published: {{ date: {published}, inferred: {{ words: [Lee Park], reason: the test says so }} }}\n" : "")
            + $"    sha256: {Sha}\n";

    public const string Entities = "entities:\n  - { id: lee-park, kind: person, name: Lee Park }\n  - { id: port, kind: organisation, name: The port }\n  - { id: chan, kind: person, name: Chan }\n";

    /// <summary>A claim citing one sentence of the article, with extra YAML lines at the fact's indentation.</summary>
    public static string Claim(string id, string quote = "Lee Park runs the port.", string extra = "")
        => $"  - id: {id}\n    kind: claim\n    statement: A statement.\n{extra}    citations:\n      - source: article\n        quote: {quote}\n";

    /// <summary>The checked knowledge base of the given fact files (paths under /kb/) and the article at /kb/article.txt.</summary>
    public static CheckedKnowledgeBase Check(params (string Path, string Text)[] factFiles)
        => KnowledgeBaseChecker.Check(factFiles.Select(f => ("/kb/" + f.Path, f.Text)).Append(("/kb/article.txt", Article)), "/kb");

    /// <summary>The diagnostics of the given ids, described; where none are given, all but the completeness warnings.</summary>
    public static IReadOnlyList<string> Diagnostics((string Path, string Text)[] factFiles, params string[] ids)
    {
        var texts = factFiles.ToDictionary(f => "/kb/" + f.Path, f => f.Text);
        IReadOnlyList<DiagnosticInfo> all = Check(factFiles).Diagnostics;
        return (ids.Length == 0 ? CheckRun.Correctness(all) : all.Where(d => ids.Contains(d.Descriptor.Id)))
            .Select(d => Describe(d, texts))
            .ToList();
    }

    public static string Describe(DiagnosticInfo diagnostic, IReadOnlyDictionary<string, string> texts)
    {
        string message = diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        if (diagnostic.Location is not { } location)
        {
            return $"{diagnostic.Descriptor.Id}: {message}";
        }

        string at = texts.TryGetValue(location.FilePath, out string? text) ? CheckRun.Underlined(location, text) : "";
        string file = location.FilePath.StartsWith("/kb/", StringComparison.Ordinal) ? location.FilePath.Substring(4) : location.FilePath;
        return $"{diagnostic.Descriptor.Id} {file}({location.LineSpan.Start.Line + 1},{location.LineSpan.Start.Character + 1}) '{at}': {message}";
    }
}
