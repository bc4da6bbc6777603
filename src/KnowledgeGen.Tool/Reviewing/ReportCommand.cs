using System.Globalization;
using System.Text;
using KnowledgeGen.Model;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>`knowledgegen report FOLDER --out DIR [--changed-since git:REV]`: the evidence report as static HTML.</summary>
public static class ReportCommand
{
    public static int Run(DirectoryInfo folder, DirectoryInfo outDirectory, string? changedSince, TextWriter output, TextWriter error)
    {
        if (!folder.Exists)
        {
            error.WriteLine($"'{folder}' is not a folder.");
            return 2;
        }

        if (changedSince is not null && !FactsSide.IsGit(changedSince) && !Directory.Exists(changedSince))
        {
            error.WriteLine($"--changed-since takes git:<revision> or a facts folder, not '{changedSince}'.");
            return 2;
        }

        IReadOnlyDictionary<string, string> changes;
        try
        {
            changes = changedSince is null ? new Dictionary<string, string>() : ChangedFacts(DiffCommand.Compare(changedSince, folder.FullName));
        }
        catch (UnreadableInputException e)
        {
            error.WriteLine(e.Message);
            return 2;
        }

        KnowledgeBaseFolder knowledgeBase = KnowledgeBaseFolder.Load(folder);
        var site = new ReportSite(knowledgeBase.KnowledgeBase, folder.FullName, changes, changedSince);
        Directory.CreateDirectory(outDirectory.FullName);
        int pages = 0;
        foreach ((string file, string html) in site.Pages())
        {
            File.WriteAllText(Path.Combine(outDirectory.FullName, file), html, new UTF8Encoding(false));
            pages++;
        }

        int errors = knowledgeBase.Diagnostics.Count(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        if (errors > 0)
        {
            error.WriteLine($"The knowledge base has {errors.ToString(CultureInfo.InvariantCulture)} error(s); the report shows what could be read. Run 'knowledgegen check' to see them.");
        }

        output.WriteLine($"Wrote {pages.ToString(CultureInfo.InvariantCulture)} pages to {KnowledgeBaseFolder.Display(Path.Combine(outDirectory.FullName, "index.html"))}");
        return 0;
    }

    /// <summary>Each fact added, changed or renamed on the way from the old side, with what happened to it.</summary>
    private static Dictionary<string, string> ChangedFacts(KnowledgeDiff diff)
    {
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (FactSpec fact in diff.Facts.Added)
        {
            changes[fact.Id] = "new";
        }

        foreach (ChangedItem<FactSpec> change in diff.Facts.Changed)
        {
            changes[change.New.Id] = "changed (" + string.Join(", ", change.Fields.Select(f => f.Field)) + ")";
        }

        foreach (RenamedItem<FactSpec> rename in diff.Facts.Renamed)
        {
            changes[rename.New.Id] = "renamed from " + rename.Old.Id;
        }

        return changes;
    }
}
