using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// What `dotnet build` of a <see cref="ConsumerProject"/> prints, worked out in process for a consumer whose project
/// file adds nothing but a NoWarn list: the compiler's steps without MSBuild. The generator runs as the compiler runs
/// it, over the files of the project's facts/ folder (tagged as build/KnowledgeGen.props tags them), given the
/// properties the props make visible as MSBuild sets them for such a project (the project's folder, and RootNamespace,
/// which is the project's name); NoWarn suppresses, as the compiler's /nowarn does, both the generator's diagnostics
/// and the compiler's. Then, if asked, the program (one line, as the consumer's Program.cs) is compiled with the
/// generated code, nullable on, documentation comments not read (no documentation file, as a default project),
/// against the same reference assemblies as the other in-process tests. The lines are those a build prints: the
/// generator's diagnostics in the order it reports them, then the compiler's warnings and errors, each path relative
/// to the project's folder.
/// </summary>
public static class ConsumerInProcess
{
    private static readonly CSharpParseOptions Parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.None);

    /// <summary>
    /// Builds a consumer named <paramref name="projectName"/> whose facts/ folder holds <paramref name="facts"/> (name →
    /// text); without <paramref name="compile"/>, only the generator runs (a third of a second less), and whether the
    /// program would be written is not known.
    /// </summary>
    public static ConsumerBuild Build(string projectName, IReadOnlyDictionary<string, string> facts, IEnumerable<string> noWarn, bool compile)
    {
        string folder = "/" + projectName + "/";
        var properties = new Dictionary<string, string>
        {
            ["RootNamespace"] = projectName,
            ["MSBuildProjectDirectory"] = folder.TrimEnd('/'),
        };
        CSharpCompilation program = CSharpCompilation.Create(
            projectName,
            [CSharpSyntaxTree.ParseText("System.Console.WriteLine(\"built\");\n", Parse, path: folder + "Program.cs")],
            Net80.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(noWarn.Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress))));

        GeneratorHarness.CreateDriver(facts.Select(f => (AdditionalText)new InMemoryAdditionalText(folder + "facts/" + f.Key, f.Value)), properties, Parse)
            .RunGeneratorsAndUpdateCompilation(program, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        if (!compile)
        {
            return new ConsumerBuild(PrintedDiagnostics.InOrder(generatorDiagnostics, folder), Built: null);
        }

        Diagnostic[] compilerDiagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Diagnostic[] printed = [.. generatorDiagnostics, .. compilerDiagnostics];
        return new ConsumerBuild(PrintedDiagnostics.InOrder(printed, folder), !printed.Any(d => d.Severity == DiagnosticSeverity.Error));
    }
}

/// <summary>What a build printed, one diagnostic a line, and whether it wrote the program (null: not compiled).</summary>
public sealed record ConsumerBuild(string[] Printed, bool? Built);
