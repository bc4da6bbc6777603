using KnowledgeGen.Checking;
using KnowledgeGen.Model;

namespace KnowledgeGen.Tool;

/// <summary>
/// Finds the full sentences of a source that contain all the given words (compared as the build compares
/// quotes: normalised, here ignoring case), so that an editor can paste the exact words into a quote.
/// </summary>
public static class CiteCommand
{
    public static int Run(KnowledgeBaseFolder folder, string sourceId, string[] words, TextWriter output, TextWriter error)
    {
        SourceSpec? source = folder.KnowledgeBase.Files.SelectMany(f => f.File.Sources).FirstOrDefault(s => s.Id == sourceId);
        SourceDocument? document = source is null ? null : folder.KnowledgeBase.DocumentOf(source);
        if (source is null || document is null)
        {
            string known = string.Join(", ", folder.KnowledgeBase.Files.SelectMany(f => f.File.Sources).Select(s => s.Id).Order(StringComparer.Ordinal));
            error.WriteLine(source is null ? $"No source has the id '{sourceId}'. Sources: {known}." : $"The text of source '{sourceId}' was not found at {source.ResolvedPath}.");
            return 2;
        }

        string[] wanted = words.Select(TextNormalizer.Normalize).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int found = 0;
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            if (wanted.All(w => document.NormalizedSentences[i].Contains(w, StringComparison.OrdinalIgnoreCase)) && seen.Add(document.NormalizedSentences[i]))
            {
                output.WriteLine(document.Sentences[i]);
                found++;
            }
        }

        if (found == 0)
        {
            error.WriteLine($"No sentence of '{sourceId}' contains all of: {string.Join(", ", words)}.");
            return 1;
        }

        return 0;
    }
}
