using System.CommandLine;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>The commands for reviewing a change to the facts: diff and report.</summary>
public static class ReviewCommands
{
    public static void AddTo(RootCommand root, TextWriter output, TextWriter error)
    {
        var oldSide = new Argument<string>("old") { Description = "The knowledge base before: a facts folder, or git:<revision> for the same folder at that revision." };
        var newSide = new Argument<string>("new") { Description = "The knowledge base after: a facts folder, or git:<revision>." };
        var format = new Option<string>("--format") { Description = "markdown (for a pull request) or json.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        var diffOut = new Option<FileInfo?>("--out") { Description = "Write the diff to this file instead of the output." };
        var linkBase = new Option<string?>("--link-base") { Description = "The URL at which the new side's facts folder is browsed (such as https://github.com/OWNER/REPO/blob/SHA/facts/): each file:line of the Markdown links to that line there." };
        var diff = new Command("diff", "Shows what changed between two knowledge bases by meaning: facts, entities and sources added, removed, changed field by field, and renamed; each new or changed fact with its quote marked in its sentence.");
        diff.Arguments.Add(oldSide);
        diff.Arguments.Add(newSide);
        diff.Options.Add(format);
        diff.Options.Add(diffOut);
        diff.Options.Add(linkBase);
        diff.SetAction(result => DiffCommand.Run(result.GetValue(oldSide)!, result.GetValue(newSide)!, result.GetValue(format)!, result.GetValue(diffOut), output, error, result.GetValue(linkBase)));
        root.Subcommands.Add(diff);

        var folder = new Argument<DirectoryInfo>("folder") { Description = "The facts folder." };
        var reportOut = new Option<DirectoryInfo>("--out") { Description = "The folder to write the HTML pages to (created if missing).", Required = true };
        var changedSince = new Option<string?>("--changed-since") { Description = "Mark the facts added, changed or renamed since git:<revision> (or since another facts folder)." };
        var report = new Command("report", "Writes a static HTML report: each source's text with every cited sentence marked and linked to its facts, a page per entity, every fact with its citations.");
        report.Arguments.Add(folder);
        report.Options.Add(reportOut);
        report.Options.Add(changedSince);
        report.SetAction(result => ReportCommand.Run(result.GetValue(folder)!, result.GetValue(reportOut)!, result.GetValue(changedSince), output, error));
        root.Subcommands.Add(report);
    }
}
