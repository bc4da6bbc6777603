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
        var site = new ReportSite(knowledgeBase.KnowledgeBase, folder.FullName, changes);
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
            error.WriteLine($"The knowledge base has {errors.ToString(CultureInfo.InvariantCulture)} error(s); the report shows what could be read. The report's index lists them.");
        }

        output.WriteLine($"Wrote {pages.ToString(CultureInfo.InvariantCulture)} pages to {KnowledgeBaseFolder.Display(Path.Combine(outDirectory.FullName, "index.html"))}");
        return 0;
    }
}
