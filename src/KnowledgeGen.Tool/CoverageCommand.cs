using KnowledgeGen.Checking;

namespace KnowledgeGen.Tool;

/// <summary>
/// Prints, per source, how many of its sentences facts cite, how many its not-claims list, and the sentences
/// left; then "sentences accounted: N/M" over all sources. Exits 1 while any sentence is left.
/// </summary>
public static class CoverageCommand
{
    public static int Run(KnowledgeBaseFolder folder, TextWriter output)
    {
        int accounted = 0;
        int total = 0;
        foreach (SourceAccount account in folder.KnowledgeBase.Accounts)
        {
            output.WriteLine($"{account.SourceId}: {account.Sentences} sentences, {account.Cited} cited, {account.Listed} listed, {account.Left.Count} left");
            foreach (string sentence in account.Left)
            {
                output.WriteLine("  left: " + sentence);
            }

            accounted += account.Accounted;
            total += account.Sentences;
        }

        output.WriteLine($"sentences accounted: {accounted}/{total}");
        return accounted < total ? 1 : 0;
    }
}
