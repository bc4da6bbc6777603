using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>
/// Fixes for the common mistakes, offered on the build's own diagnostics in the range asked about: a quote not
/// found → each closest sentence; a misspelt id → the id meant; a sentence neither cited nor listed → a new fact
/// citing it, or a not-claims entry per reason; a missing status → each status the statement's stage word allows.
/// </summary>
public static class CodeActionProvider
{
    private const int Candidates = 3;

    public static List<CodeAction> Actions(Snapshot snapshot, string path, string text, Range range)
    {
        var actions = new List<CodeAction>();
        if (!snapshot.DiagnosticsByFile().TryGetValue(path, out var diagnostics))
        {
            return actions;
        }

        string uri = LspConvert.Uri(path);
        foreach ((DiagnosticInfo info, LspDiagnostic diagnostic) in diagnostics.Where(d => d.Diagnostic.Range.Intersects(range)))
        {
            LocationInfo location = info.Location!;
            IEnumerable<(string Title, TextEdit Edit)> fixes = info.Descriptor.Id switch
            {
                "KG0040" => QuoteFixes(snapshot, path, text, location),
                "KG0021" => IdFix(text, location, snapshot.Entities.Select(e => e.Id)),
                "KG0022" => IdFix(text, location, snapshot.Sources.Select(s => s.Id)),
                "KG0023" => IdFix(text, location, snapshot.Facts.Select(f => f.Id)),
                "KG0072" => IdFix(text, location, snapshot.Measures.Select(m => m.Id)),
                "KG0070" when info.MessageArgs.Count > 2 && info.MessageArgs[2] == "status" => StatusFixes(snapshot, text, location),
                "KG0078" => NotClaimFixes(snapshot, text, location),
                _ => Enumerable.Empty<(string, TextEdit)>(),
            };
            var edits = fixes.Select(f => (f.Title, Uri: uri, f.Edit)).ToList();
            if (info.Descriptor.Id == "KG0078" && NewFactFix(snapshot, location) is { } cite)
            {
                edits.Insert(0, cite);
            }

            bool first = true;
            foreach ((string title, string target, TextEdit edit) in edits)
            {
                actions.Add(new CodeAction(title, "quickfix", new[] { diagnostic }, new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [target] = new[] { edit } }), first ? true : null));
                first = false;
            }
        }

        return actions;
    }

    private static IEnumerable<(string, TextEdit)> QuoteFixes(Snapshot snapshot, string path, string text, LocationInfo location)
    {
        CitationSpec? citation = snapshot.KnowledgeBase.Files.Where(f => f.File.Path == path)
            .SelectMany(f => f.File.Facts).SelectMany(f => f.Citations).FirstOrDefault(c => c.QuoteLocation == location);
        SourceDocument? document = citation is null ? null : snapshot.DocumentOf(citation.Source.Id);
        if (citation is null || document is null)
        {
            yield break;
        }

        Range range = LspConvert.Range(location);
        bool inFlow = YamlCursor.At(text, range.Start).InFlow;
        foreach (string sentence in QuoteCandidates.For(document, citation.Quote, Candidates))
        {
            yield return ("Quote the sentence: " + Shorten(sentence), new TextEdit(range, YamlQuoting.Quote(sentence, inFlow)));
        }
    }

    private static IEnumerable<(string, TextEdit)> IdFix(string text, LocationInfo location, IEnumerable<string> known)
    {
        Range range = LspConvert.Range(location);
        string written = text.Substring(location.Span.Start, location.Span.Length);
        if (Spelling.Closest(YamlQuoting.Unquoted(written), known) is { } meant)
        {
            yield return ("Change to '" + meant + "'", new TextEdit(range, meant));
        }
    }

    private static IEnumerable<(string, TextEdit)> StatusFixes(Snapshot snapshot, string text, LocationInfo idLocation)
    {
        FactSpec? fact = snapshot.Facts.FirstOrDefault(f => f.IdLocation == idLocation);
        if (fact is null)
        {
            yield break;
        }

        (Position end, string indent) = LineEndAndKeyIndent(text, FieldsBeforeEnd(text, idLocation.LineSpan.Start.Line, "status", FactFileFields.Fact));
        foreach (FactStatus status in StageStatuses.For(StatusRule.StageWord(fact.Statement)))
        {
            string name = FactFileFields.Name(status);
            yield return ("Add 'status: " + name + "'", new TextEdit(new Range(end, end), "\n" + indent + "status: " + name));
        }
    }

    /// <summary>A not-claims entry for the first sentence left, once for each reason.</summary>
    private static IEnumerable<(string, TextEdit)> NotClaimFixes(Snapshot snapshot, string text, LocationInfo idLocation)
    {
        SourceAccount? account = snapshot.KnowledgeBase.Accounts.FirstOrDefault(a => a.IdLocation == idLocation);
        if (account is null || account.Left.Count == 0)
        {
            yield break;
        }

        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        int idLine = idLocation.LineSpan.Start.Line;
        (_, string indent) = LineEndAndKeyIndent(text, idLine);
        int itemIndent = lines[idLine].Length - lines[idLine].TrimStart().Length;
        int last = idLine;
        int? listLine = null;
        for (int i = idLine + 1; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.Length - line.TrimStart().Length <= itemIndent)
            {
                break;
            }

            last = i;
            if (line.Trim() == "not-claims:")
            {
                listLine = i;
            }
        }

        string sentence = account.Left[0];
        foreach (NotClaimReason reason in Enum.GetValues<NotClaimReason>())
        {
            string entry = "- { quote: " + YamlQuoting.Quote(sentence, inFlow: true) + ", reason: " + FactFileFields.Name(reason) + " }";
            int at = listLine ?? last;
            var end = new Position(at, lines[at].Length);
            string inserted = listLine is null ? "\n" + indent + "not-claims:\n" + indent + "  " + entry : "\n" + indent + "  " + entry;
            yield return ("List \"" + Shorten(sentence) + "\" under not-claims as " + FactFileFields.Name(reason), new TextEdit(new Range(end, end), inserted));
        }
    }

    /// <summary>
    /// The last line of the fields the field table puts before the field, in the mapping whose first line is given,
    /// so that the field goes in where the table's order puts it.
    /// </summary>
    private static int FieldsBeforeEnd(string text, int firstLine, string field, string[] order)
    {
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        var before = new HashSet<string>(order.TakeWhile(f => f != field), StringComparer.Ordinal);
        int keyIndent = LineEndAndKeyIndent(text, firstLine).Indent.Length;
        int last = firstLine;
        bool inBefore = true;
        for (int i = firstLine + 1; i < lines.Length; i++)
        {
            string line = lines[i];
            int indent = line.Length - line.TrimStart().Length;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (indent < keyIndent || (indent == keyIndent && line.TrimStart().StartsWith('-')))
            {
                break;
            }

            if (indent == keyIndent)
            {
                int colon = line.IndexOf(':');
                inBefore = colon > 0 && before.Contains(line.Substring(indent, colon - indent));
            }

            if (inBefore)
            {
                last = i;
            }
        }

        return last;
    }

    /// <summary>
    /// A new fact citing the first sentence left, at the end of the fact file that cites the source most, for the
    /// editor to give its id, kind and statement (its statement starts as the sentence).
    /// </summary>
    private static (string, string, TextEdit)? NewFactFix(Snapshot snapshot, LocationInfo idLocation)
    {
        SourceAccount? account = snapshot.KnowledgeBase.Accounts.FirstOrDefault(a => a.IdLocation == idLocation);
        FactFileSpec? file = snapshot.KnowledgeBase.Files.Select(f => f.File)
            .OrderByDescending(f => f.Facts.Sum(fact => fact.Citations.Count(c => c.Source.Id == account?.SourceId)))
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .FirstOrDefault(f => f.Facts.Count > 0);
        if (account is null || account.Left.Count == 0 || file is null || !snapshot.Texts.TryGetValue(file.Path, out string? text))
        {
            return null;
        }

        string id = "new-fact";
        for (int n = 2; snapshot.Find(id) is not null; n++)
        {
            id = "new-fact-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        string sentence = account.Left[0];
        string item = "  - id: " + id + "\n    kind: claim\n    statement: " + YamlQuoting.Quote(sentence, inFlow: false)
            + "\n    citations:\n      - source: " + account.SourceId + "\n        quote: " + YamlQuoting.Quote(sentence, inFlow: false) + "\n";
        int next = KeyAfterFacts(text);
        // At the end of the facts: list, so that a section after it (retired:, for one) does not take the new item.
        string fact = next < text.Length ? item + "\n" : (text.EndsWith('\n') ? "\n" : "\n\n") + item;
        Position at = LspConvert.PositionOf(text, next);
        return ("Cite \"" + Shorten(sentence) + "\" in a new fact in " + System.IO.Path.GetFileName(file.Path), LspConvert.Uri(file.Path), new TextEdit(new Range(at, at), fact));
    }

    /// <summary>Where the top-level key after <c>facts:</c> starts, or the end of the text when none follows it.</summary>
    private static int KeyAfterFacts(string text)
    {
        bool inFacts = false;
        for (int start = 0; start < text.Length;)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            char first = text[start];
            if (char.IsLetter(first))
            {
                if (inFacts)
                {
                    return start;
                }

                inFacts = string.CompareOrdinal(text, start, "facts:", 0, "facts:".Length) == 0;
            }

            start = end;
        }

        return text.Length;
    }

    /// <summary>The end of a line and the column of its mapping's keys (after any '- '), as spaces.</summary>
    private static (Position End, string Indent) LineEndAndKeyIndent(string text, int lineNumber)
    {
        string line = text.Replace("\r\n", "\n").Split('\n')[lineNumber];
        int indent = 0;
        while (indent < line.Length && (line[indent] == ' ' || line[indent] == '-'))
        {
            indent++;
        }

        return (new Position(lineNumber, line.Length), new string(' ', indent));
    }

    /// <summary>The start of a sentence for a title, unprintable characters shown as escapes.</summary>
    private static string Shorten(string sentence) => PrintableText.Escape(sentence.Length > 60 ? sentence.Substring(0, 57) + "..." : sentence);
}
