using KnowledgeGen.Checking;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>Where an id is declared; for a quote, the words it matched in the article's text.</summary>
public static class DefinitionProvider
{
    public static Location? Definition(Snapshot snapshot, string path, string text, Position position)
    {
        if (snapshot.CitationAt(path, position) is { } cited)
        {
            SourceDocument? document = snapshot.DocumentOf(cited.Citation.Source.Id);
            if (document is null || cited.Citation.SourceSpan is not { } span)
            {
                return null;
            }

            var range = new Range(LspConvert.PositionOf(document.Text, span.Start), LspConvert.PositionOf(document.Text, span.End));
            return new Location(LspConvert.Uri(document.Path), range);
        }

        if (LspConvert.WordAt(text, position) is { } word && snapshot.Find(word.Word) is { } declaration)
        {
            return new Location(LspConvert.Uri(declaration.Location.FilePath), LspConvert.Range(declaration.Location));
        }

        return null;
    }
}
