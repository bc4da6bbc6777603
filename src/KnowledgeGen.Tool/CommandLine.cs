using System.CommandLine;

namespace KnowledgeGen.Tool;

/// <summary>The commands: check, cite, coverage and export, each over a facts folder.</summary>
public static class CommandLine
{
    /// <summary>The exit code for a command that could not run as asked (a wrong folder); 1 means the facts have errors.</summary>
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, bool githubActions)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The facts folder: its *.yaml, *.yml and *.txt files, at any depth." };

        var check = new Command("check", "Runs the build's checks on a facts folder and prints file(line,col): error KGnnnn: ... for each problem.");
        check.Arguments.Add(folder);
        check.SetAction(result => KnowledgeBaseFolder.TryLoad(result.GetValue(folder)!, error) is { } loaded ? CheckCommand.Run(loaded, output, githubActions) : UsageError);

        var citeFolder = new Argument<DirectoryInfo>("folder") { Description = "The facts folder." };
        var source = new Argument<string>("source") { Description = "The id of the source to search." };
        var words = new Argument<string[]>("words") { Description = "Words that must all stand in the sentence.", Arity = ArgumentArity.OneOrMore };
        var cite = new Command("cite", "Prints the full sentence(s) of a source that contain all the words, ready to paste as a quote.");
        cite.Arguments.Add(citeFolder);
        cite.Arguments.Add(source);
        cite.Arguments.Add(words);
        cite.SetAction(result => KnowledgeBaseFolder.TryLoad(result.GetValue(citeFolder)!, error) is { } loaded ? CiteCommand.Run(loaded, result.GetValue(source)!, result.GetValue(words)!, output, error) : UsageError);

        var exportFolder = new Argument<DirectoryInfo>("folder") { Description = "The facts folder." };
        var json = new Option<FileInfo?>("--json") { Description = "Write every fact, entity and source as JSON to this file." };
        var markdown = new Option<FileInfo?>("--markdown") { Description = "Write a readable report of every fact with its citations to this file." };
        var export = new Command("export", "Exports the knowledge base as JSON and as a Markdown report.");
        export.Arguments.Add(exportFolder);
        export.Options.Add(json);
        export.Options.Add(markdown);
        export.SetAction(result => KnowledgeBaseFolder.TryLoad(result.GetValue(exportFolder)!, error) is { } loaded ? ExportCommand.Run(loaded, result.GetValue(json), result.GetValue(markdown), output, error) : UsageError);

        var coverageFolder = new Argument<DirectoryInfo>("folder") { Description = "The facts folder." };
        var coverage = new Command("coverage", "Prints, per source, the sentences cited, listed under not-claims and left, then 'sentences accounted: N/M'; exits 1 while any is left.");
        coverage.Arguments.Add(coverageFolder);
        coverage.SetAction(result => CoverageCommand.Run(KnowledgeBaseFolder.Load(result.GetValue(coverageFolder)!), output));

        var lsp = new Command("lsp", "Runs the language server over stdin and stdout: the build's diagnostics while typing, completion, hover, go to definition and fixes (docs/editors.md).");
        lsp.SetAction((_, _) => Lsp.LanguageServer.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput()).ContinueWith(_ => 0, TaskScheduler.Default));

        var schemaOut = new Option<FileInfo>("--out") { Description = "The file to write the JSON Schema to.", Required = true };
        var schema = new Command("schema", "Writes the JSON Schema of fact files, for an editor's YAML support to check and complete them against.");
        schema.Options.Add(schemaOut);
        schema.SetAction(result => SchemaCommand.Run(result.GetValue(schemaOut)!, output));

        var root = new RootCommand("KnowledgeGen: check fact files, find sentences to cite, account for every sentence, export the knowledge base, and review changes.") { check, cite, coverage, export, lsp, schema };
        Reviewing.ReviewCommands.AddTo(root, output, error);
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
