using KnowledgeGen.Tests.Infrastructure;
using System.Text;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// Reads a word list as docs/fact-format.md writes it for editors, so the tests can hold the checks' lists to
/// the page word by word: "official(s)" is "official" and "officials", "Chinese/US official" is "Chinese
/// official" and "US official", and where the page groups words as "pronouns (he, she, …)" only the words in
/// the parentheses count.
/// </summary>
public static class DocumentedWordList
{
    /// <summary>The paragraph of docs/fact-format.md that starts with <paramref name="opening"/>, joined into one line.</summary>
    public static string Paragraph(string opening)
    {
        string format = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "fact-format.md")).ReplaceLineEndings("\n");
        int start = format.IndexOf(opening, StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/fact-format.md has no paragraph starting '" + opening + "'");
        int end = format.IndexOf("\n\n", start, StringComparison.Ordinal);
        return format.Substring(start, (end < 0 ? format.Length : end) - start).Replace('\n', ' ');
    }

    /// <summary>The words of a comma-separated list, each expanded.</summary>
    public static IReadOnlyList<string> Words(string list)
        => list.Split(',').Select(w => w.Trim()).Where(w => w.Length > 0).SelectMany(Expand).ToList();

    /// <summary>The words inside the top-level parentheses of <paramref name="text"/> ("pronouns (he, she)" gives he, she).</summary>
    public static IReadOnlyList<string> GroupedWords(string text)
    {
        var words = new List<string>();
        var item = new StringBuilder();
        int depth = 0;
        foreach (char c in text)
        {
            bool opensGroup = c == '(' && ++depth == 1;
            bool closesGroup = c == ')' && --depth == 0;
            if (opensGroup || closesGroup || c == ',' && depth == 1)
            {
                if (item.ToString().Trim() is { Length: > 0 } word)
                {
                    words.AddRange(Expand(word));
                }

                item.Clear();
            }
            else if (depth > 0)
            {
                item.Append(c);
            }
        }

        return words;
    }

    private static IEnumerable<string> Expand(string phrase)
    {
        IEnumerable<string> results = [""];
        foreach (string token in phrase.Split(' '))
        {
            string[] choices = token.EndsWith("(s)", StringComparison.Ordinal)
                ? [token[..^3], token[..^3] + "s"]
                : token.Split('/');
            results = results.SelectMany(r => choices.Select(choice => r.Length == 0 ? choice : r + " " + choice)).ToList();
        }

        return results;
    }
}
