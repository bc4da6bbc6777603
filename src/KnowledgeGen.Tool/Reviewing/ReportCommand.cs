using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

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

        ReportChanges changes;
        try
        {
            changes = changedSince is null ? ReportChanges.None : new ReportChanges(changedSince, DiffCommand.Compare(changedSince, folder.FullName));
        }
        catch (UnreadableInputException e)
        {
            error.WriteLine(e.Message);
            return 2;
        }

        KnowledgeBaseFolder knowledgeBase = KnowledgeBaseFolder.Load(folder);
        // The errors the build would fail on, as `check` counts them: the configuration can raise a warning or lower an error.
        List<LocatedDiagnostic> errors = knowledgeBase.Reported.Where(d => d.Reported.Severity == DiagnosticSeverity.Error).Select(d => LocatedDiagnostic.From(d.Info, d.Reported)).ToList();
        var site = new ReportSite(knowledgeBase.KnowledgeBase, errors, folder.FullName, changes);
        Directory.CreateDirectory(outDirectory.FullName);
        int pages = 0;
        foreach ((string file, string html) in site.Pages())
        {
            File.WriteAllText(Path.Combine(outDirectory.FullName, file), html, new UTF8Encoding(false));
            pages++;
        }

        if (errors.Count > 0)
        {
            error.WriteLine($"The knowledge base has {errors.Count.ToString(CultureInfo.InvariantCulture)} error(s); the report shows what could be read. The report's index lists them.");
        }

        output.WriteLine($"Wrote {pages.ToString(CultureInfo.InvariantCulture)} pages to {KnowledgeBaseFolder.Display(Path.Combine(outDirectory.FullName, "index.html"))}");
        return 0;
    }
}
