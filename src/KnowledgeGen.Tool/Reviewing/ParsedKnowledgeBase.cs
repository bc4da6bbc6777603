using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// A knowledge base read for comparison: every fact file parsed and every source text split into sentences, but
/// not checked (a diff of a broken pull request is still worth reading; `check` reports what is wrong). Where an
/// id is declared twice, the first file by path wins, as in the checks.
/// </summary>
public sealed class ParsedKnowledgeBase
{
    private readonly Dictionary<string, SourceDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>Each file as read: its text and what parsing it gave, for a later side to reuse where its file is the same.</summary>
    private readonly Dictionary<string, (string Text, FactFileSpec Spec)> _factFiles = new(StringComparer.Ordinal);

    private ParsedKnowledgeBase()
    {
    }

    public Dictionary<string, FactSpec> Facts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, EntitySpec> Entities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SourceSpec> Sources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, MeasureSpec> Measures { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>retired:</c> entries, by the id they keep.</summary>
    public Dictionary<string, RetiredSpec> Retired { get; } = new(StringComparer.Ordinal);

    private readonly Dictionary<string, TextPositions> _positions = new(StringComparer.Ordinal);

    /// <summary>How many errors reading the fact files met: what they stopped is missing from this side.</summary>
    public int ReadingErrors { get; private set; }

    /// <summary>
    /// Reads a side. Files with the same path and text as in <paramref name="other"/> are not parsed again: parsing
    /// depends on nothing else, so their declarations are the other side's very objects, which the comparison
    /// then skips at once. A one-fact change in a large knowledge base costs one parse, not two.
    /// </summary>
    public static ParsedKnowledgeBase Read(IEnumerable<(string Path, string Text)> files, ParsedKnowledgeBase? other = null)
    {
        var knowledgeBase = new ParsedKnowledgeBase();
        foreach ((string path, string text) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (FilePaths.IsSourceText(path))
            {
                string normalized = FilePaths.Normalize(path);
                knowledgeBase._documents[normalized] = other is not null && other._documents.TryGetValue(normalized, out SourceDocument? same) && same.Text == text
                    ? same
                    : SourceDocument.Create(normalized, text);
                continue;
            }

            FactFileSpec file = other is not null && other._factFiles.TryGetValue(path, out var read) && read.Text == text
                ? read.Spec
                : FactFileParser.Parse(path, text, CancellationToken.None);
            knowledgeBase._factFiles[path] = (text, file);
            knowledgeBase.ReadingErrors += file.Diagnostics.Count(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            foreach (FactSpec fact in file.Facts)
            {
                knowledgeBase.Facts.TryAdd(fact.Id, fact);
            }

            foreach (EntitySpec entity in file.Entities)
            {
                knowledgeBase.Entities.TryAdd(entity.Id, entity);
            }

            foreach (SourceSpec source in file.Sources)
            {
                knowledgeBase.Sources.TryAdd(source.Id, source);
            }

            foreach (MeasureSpec measure in file.Measures)
            {
                knowledgeBase.Measures.TryAdd(measure.Id, measure);
            }

            foreach (RetiredSpec retired in file.Retired)
            {
                knowledgeBase.Retired.TryAdd(retired.Id, retired);
            }
        }

        return knowledgeBase;
    }

    /// <summary>The sentence(s) a citation's quote stands in, with the quote's place in them; null where it is not found.</summary>
    public Evidence? EvidenceFor(CitationSpec citation)
    {
        if (!Sources.TryGetValue(citation.Source.Id, out SourceSpec? source) || !_documents.TryGetValue(source.ResolvedPath, out SourceDocument? document))
        {
            return null;
        }

        if (QuoteSpans.Find(document, citation.Quote, citation.Occurrence) is not { } span)
        {
            return null;
        }

        if (!_positions.TryGetValue(document.Path, out TextPositions? positions))
        {
            _positions[document.Path] = positions = new TextPositions(document.Text);
        }

        return Evidence.From(document, span, positions);
    }
}

/// <summary>Where a quote stands in its source's text file: code point offsets (end exclusive), and the 1-based line and column of its start, as `export --json` gives them.</summary>
public sealed record QuotePosition(int Start, int End, int Line, int Column);

/// <summary>A quote in the sentence(s) it stands in, as printed in the source: the text before it, the quote, the text after; and its place.</summary>
public sealed record Evidence(string Before, string Quote, string After, QuotePosition Position)
{
    public static Evidence From(SourceDocument document, QuoteSpan match, TextPositions positions)
    {
        (int start, int line, int column) = positions.Of(match.Start);
        return new Evidence(
            OneLine(document.Text[match.SentenceStart..match.Start]),
            OneLine(document.Text[match.Start..match.End]),
            OneLine(document.Text[match.End..match.SentenceEnd]),
            new QuotePosition(start, positions.Of(match.End).CodePoint, line, column));
    }

    /// <summary>The whole sentence(s), quote included.</summary>
    public string Sentence => Before + Quote + After;

    /// <summary>A sentence run across lines (a quote spanning a line break) read as one line.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
