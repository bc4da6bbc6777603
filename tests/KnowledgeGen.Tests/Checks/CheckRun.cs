using KnowledgeGen.Checking;
using KnowledgeGen.Model;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// Runs the checks in memory over one article and one fact file that declares the article and the entities
/// the rows name, and writes each diagnostic as "KG0042 at '1250000': message", where the quoted text is what
/// the diagnostic's location underlines (or, where it marks a point, the rest of that line). Far quicker than
/// a generator run, so the mutation run can afford hundreds of rows.
/// </summary>
public static class CheckRun
{
    public const string Entities = """
        entities:
          - id: lee-park
            kind: person
            name: Lee Park
            aliases: [Director Park]
          - id: mr-chan
            kind: person
            name: Chan
          - id: port
            kind: organisation
            name: The port

        """;

    /// <summary>The diagnostics of a fact file holding the given facts (the text after "facts:").</summary>
    public static IReadOnlyList<string> Facts(string article, string facts) => Facts(article, facts, moreEntities: "");

    /// <summary>
    /// As <see cref="Facts(string, string)"/>, with more entities (list items under "entities:", each line ending in a
    /// line break) beside the usual ones, and the completeness warnings too where asked.
    /// </summary>
    public static IReadOnlyList<string> Facts(string article, string facts, string moreEntities, bool completeness = false)
    {
        string text = $"""
            sources:
              - id: article
                file: article.txt
                title: Article
                sha256: {SourceDocument.ComputeSha256(article)}

            """ + Entities + moreEntities + "facts:\n" + facts;
        CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check([("/kb/article.txt", article), ("/kb/facts.yaml", text)]);
        return (completeness ? checkedBase.Diagnostics : Correctness(checkedBase.Diagnostics)).Select(d => Describe(d, text)).ToList();
    }

    /// <summary>One fact of the given kind and value (a flow mapping), citing one quote, or several separated by " | ".</summary>
    public static IReadOnlyList<string> Value(string article, string kind, string value, string quotes)
    {
        string citations = string.Concat(quotes.Split(" | ").Select(q => $"      - source: article\n        quote: \"{q.Replace("\"", "\\\"")}\"\n"));
        return Facts(article, $"""
              - id: the-fact
                kind: {kind}
                statement: A statement.
                value: {value}
                citations:

            """ + citations);
    }

    /// <summary>All but the completeness warnings, which these deliberately small knowledge bases would all get.</summary>
    public static IEnumerable<DiagnosticInfo> Correctness(IEnumerable<DiagnosticInfo> diagnostics)
        => diagnostics.Where(d => !Infrastructure.CompletenessChecks.Ids.Contains(d.Descriptor.Id));

    public static string Describe(DiagnosticInfo diagnostic, string factFile)
    {
        string at = diagnostic.Location is { } location && location.FilePath == "/kb/facts.yaml" ? Underlined(location, factFile) : "";
        return $"{diagnostic.Descriptor.Id} at '{at}': {diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>What a location underlines in its file's text, or, where it marks a point, the rest of that line.</summary>
    public static string Underlined(LocationInfo location, string text)
        => text.Substring(location.Span.Start, location.Span.Length > 0 ? location.Span.Length : text.Length - location.Span.Start).Split('\n')[0].Trim();
}
