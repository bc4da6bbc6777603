using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>The reason each sentence of a source holds no claim, as its <c>not-claims:</c> entries give it.</summary>
public static class NotClaimSentences
{
    /// <summary>For each sentence of the document, the reason it holds no claim, or null.</summary>
    public static string?[] Reasons(SourceSpec source, SourceDocument document)
    {
        var reasons = new string?[document.Sentences.Count];
        foreach ((NotClaimSpec entry, int sentence) in SentenceAccounting.Coverage(source, document))
        {
            reasons[sentence] ??= FactFileFields.Name(entry.Reason);
        }

        return reasons;
    }
}
