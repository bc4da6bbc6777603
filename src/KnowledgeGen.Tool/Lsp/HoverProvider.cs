using System.Text;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>
/// What the cursor points at, in Markdown with every text from the fact files escaped: an id's entity, source,
/// measure or fact; a quote's sentence in its paragraph, whether it verifies, and which facts cite it.
/// </summary>
public static class HoverProvider
{
    public static Hover? Hover(Snapshot snapshot, string path, string text, Position position)
    {
        if (snapshot.CitationAt(path, position) is { } cited)
        {
            return new Hover(MarkupContent.Markdown(Quote(snapshot, cited.Citation)), LspConvert.Range(cited.Citation.QuoteLocation));
        }

        if (LspConvert.WordAt(text, position) is { } word && snapshot.Find(word.Word) is { } declaration)
        {
            return new Hover(MarkupContent.Markdown(Describe(declaration)), word.Range);
        }

        return null;
    }

    private static string Describe(Declaration declaration)
    {
        var text = new StringBuilder();
        text.Append("**").Append(declaration.What).Append("** ").Append(MarkdownText.Code(declaration.Id)).Append("\n\n");
        if (declaration.Entity is { } entity)
        {
            text.Append(MarkdownText.Inline(entity.Name)).Append(" (").Append(MarkdownText.Inline(Parsing.FactFileFields.Name(entity.Kind))).Append(')');
            if (entity.Aliases.Count > 0)
            {
                text.Append("; also ").Append(string.Join(", ", entity.Aliases.Select(MarkdownText.Inline)));
            }

            if (entity.Description is { } description)
            {
                text.Append("\n\n").Append(MarkdownText.Inline(description));
            }
        }
        else if (declaration.Source is { } source)
        {
            text.Append(MarkdownText.Inline(source.Title));
            if (source.Publisher is { } publisher)
            {
                text.Append(", ").Append(MarkdownText.Inline(publisher));
            }

            text.Append("\n\n").Append(MarkdownText.Code(source.File));
        }
        else if (declaration.Measure is { } measure)
        {
            text.Append(MarkdownText.Inline(measure.Description)).Append(" (").Append(MarkdownText.Inline(measure.Unit)).Append(')');
        }
        else if (declaration.Fact is { } fact)
        {
            text.Append(MarkdownText.Inline(fact.Statement)).Append("\n\n").Append(MarkdownText.Inline(Parsing.FactFileFields.Name(fact.Kind)));
            if (fact.Status is { } status)
            {
                text.Append(", ").Append(MarkdownText.Inline(Parsing.FactFileFields.Name(status)));
            }

            foreach (CitationSpec citation in fact.Citations.Where(c => c.Sentence is not null))
            {
                text.Append("\n\n> ").Append(MarkdownText.Inline(citation.Sentence!)).Append(" (").Append(MarkdownText.Code(citation.Source.Id)).Append(')');
            }
        }

        return text.ToString();
    }

    private static string Quote(Snapshot snapshot, CitationSpec citation)
    {
        var text = new StringBuilder();
        bool verified = citation.Sentence is not null && !snapshot.KnowledgeBase.Diagnostics.Any(d => d.Descriptor.Id == "KG0040" && d.Location == citation.QuoteLocation);
        SourceDocument? document = snapshot.DocumentOf(citation.Source.Id);
        if (!verified || document is null || citation.SourceSpan is not { } span)
        {
            text.Append("**Not verified**: the quote does not stand in source ").Append(MarkdownText.Code(citation.Source.Id)).Append('.');
            return text.ToString();
        }

        text.Append("**Verified** in ").Append(MarkdownText.Code(citation.Source.Id)).Append(", line ")
            .Append(LspConvert.PositionOf(document.Text, span.Start).Line + 1).Append(":\n\n> ");
        (int first, int end) = Paragraph(document, span.Start);
        for (int i = first; i < end; i++)
        {
            bool quoted = document.SentenceStarts[i] <= span.Start && span.Start < document.SentenceStarts[i] + document.Sentences[i].Length
                || document.Sentences[i] == citation.Sentence;
            string sentence = MarkdownText.Inline(document.Sentences[i]);
            text.Append(quoted ? "**" + sentence + "**" : sentence).Append(i + 1 < end ? " " : string.Empty);
        }

        string[] citing = snapshot.Facts
            .Where(f => f.Citations.Any(c => c.Source.Id == citation.Source.Id && c.Sentence == citation.Sentence))
            .Select(f => f.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
        text.Append("\n\nCited by ").Append(string.Join(", ", citing.Select(MarkdownText.Code)));
        return text.ToString();
    }

    /// <summary>The sentences (first, end) of the paragraph holding the offset.</summary>
    private static (int First, int End) Paragraph(SourceDocument document, int offset)
    {
        for (int p = document.ParagraphStarts.Count - 1; p >= 0; p--)
        {
            int first = document.ParagraphStarts[p];
            if (first < document.SentenceStarts.Count && document.SentenceStarts[first] <= offset)
            {
                int end = p + 1 < document.ParagraphStarts.Count ? document.ParagraphStarts[p + 1] : document.Sentences.Count;
                return (first, end);
            }
        }

        return (0, 0);
    }
}
