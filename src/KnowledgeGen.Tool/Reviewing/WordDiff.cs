namespace KnowledgeGen.Tool.Reviewing;

/// <summary>A run of words kept, added or removed between two texts.</summary>
public sealed record WordRun(string Change, string Text)
{
    public const string Same = "same";
    public const string Added = "added";
    public const string Removed = "removed";
}

/// <summary>Two texts compared word by word (the longest common subsequence of their words), as runs of words kept, removed and added.</summary>
public static class WordDiff
{
    public static List<WordRun> Compare(string old, string @new)
    {
        string[] a = Words(old);
        string[] b = Words(@new);
        // common[i, j]: the length of the longest common subsequence of a[i..] and b[j..].
        var common = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var runs = new List<WordRun>();
        int x = 0;
        int y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Append(runs, WordRun.Same, a[x]);
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                Append(runs, WordRun.Removed, a[x++]);
            }
            else
            {
                Append(runs, WordRun.Added, b[y++]);
            }
        }

        return runs;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static void Append(List<WordRun> runs, string change, string word)
    {
        if (runs.Count > 0 && runs[^1].Change == change)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + " " + word };
        }
        else
        {
            runs.Add(new WordRun(change, word));
        }
    }
}
