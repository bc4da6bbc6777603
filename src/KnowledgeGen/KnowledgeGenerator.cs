using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KnowledgeGen.Checking;
using KnowledgeGen.Emitting;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGen
{
    /// <summary>
    /// Compiles the YAML fact files among the additional files (*.yaml, *.yml) and the source texts they cite
    /// (*.txt) into a typed knowledge base.
    /// <para>
    /// Each fact file is its own branch: parsed, then checked against the catalog of all entities and sources,
    /// then emitted, so editing one file re-runs that file's branch only. The catalog and the cross-file index
    /// are projections without locations or wording, so they stay cached unless what other files depend on
    /// changes.
    /// </para>
    /// <para>
    /// It reports every check in every compilation, whether or not analyzers run and whatever else fails, so a
    /// build never loses a fact file's mistake (docs/diagnostics.md, "Who reports what"). A declaration that
    /// repeats an id or a C# name is reported and left out, so the generated code itself always compiles.
    /// </para>
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class KnowledgeGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
                .Select((provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.Options);

            IncrementalValuesProvider<FactFileSpec> parsed = context.AdditionalTextsProvider
                .Where(text => FilePaths.IsFactFile(text.Path))
                .WithTrackingName(TrackingNames.FactFiles)
                .Select(Parse)
                .WithTrackingName(TrackingNames.ParsedFactFiles);

            IncrementalValuesProvider<SourceDocument> documents = context.AdditionalTextsProvider
                .Where(text => FilePaths.IsSourceText(text.Path))
                .WithTrackingName(TrackingNames.SourceTexts)
                .Select(ReadDocument)
                .WithTrackingName(TrackingNames.SourceDocuments);

            IncrementalValueProvider<KnowledgeCatalog> catalog = parsed
                .Select((file, _) => CatalogPart.From(file))
                .WithTrackingName(TrackingNames.CatalogParts)
                .Collect()
                .Combine(documents.Collect())
                .Select((pair, _) => KnowledgeCatalog.Build(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Catalog);

            IncrementalValuesProvider<CheckedFactFile> checkedFiles = parsed
                .Combine(catalog)
                .Select((pair, cancellationToken) => FactFileChecker.Check(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.CheckedFactFiles);

            IncrementalValueProvider<string> projectDirectory = options
                .Select((value, _) => value.ProjectDirectory)
                .WithTrackingName(TrackingNames.ProjectDirectory);

            IncrementalValueProvider<CrossFileResult> crossFile = checkedFiles
                .Select((file, _) => CrossFileChecker.Summarize(file))
                .WithTrackingName(TrackingNames.Summaries)
                .Collect()
                .Combine(projectDirectory)
                .Select((pair, _) => CrossFileChecker.Check(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.CrossFile);

            IncrementalValueProvider<KnowledgeIndex> index = crossFile
                .Select((result, _) => result.Index)
                .WithTrackingName(TrackingNames.Index);

            IncrementalValueProvider<EquatableArray<DiagnosticInfo>> crossFileDiagnostics = crossFile
                .Select((result, _) => result.Diagnostics)
                .WithTrackingName(TrackingNames.CrossFileDiagnostics);

            IncrementalValueProvider<Exclusions> exclusions = crossFile
                .Select((result, _) => new Exclusions(result.LeftOut, result.Excluded))
                .WithTrackingName(TrackingNames.Exclusions);

            IncrementalValuesProvider<CheckedFactFile?> emittable = checkedFiles
                .Combine(exclusions)
                .Select((pair, _) => pair.Right.Apply(pair.Left))
                .WithTrackingName(TrackingNames.EmittableFactFiles);

            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> fileDiagnostics = emittable
                .Select((file, _) => file?.Diagnostics ?? EquatableArray<DiagnosticInfo>.Empty)
                .WithTrackingName(TrackingNames.FileDiagnostics);

            // Runs again on each C# edit, but only reads options: its equal result keeps reporting cached.
            IncrementalValueProvider<SeverityConfig> severities = context.CompilationProvider
                .Select(SeverityConfig.Read)
                .WithTrackingName(TrackingNames.SeverityConfig);

            context.RegisterSourceOutput(emittable.Combine(options), EmitFactFile);
            context.RegisterSourceOutput(index.Combine(options), EmitKnowledgeBase);
            context.RegisterSourceOutput(fileDiagnostics.Combine(severities), Report);
            context.RegisterSourceOutput(crossFileDiagnostics.Combine(severities), Report);
            context.RegisterSourceOutput(options, (output, value) => Report(output, (value.Diagnostics, SeverityConfig.None)));
        }

        private static FactFileSpec Parse(AdditionalText text, CancellationToken cancellationToken)
        {
            // The path is kept as the compiler gives it, so that hint names and data classes, made from it, are
            // unique per additional file even where two paths name one file (reported by the cross-file checks).
            SourceText? content = text.GetText(cancellationToken);
            return FactFileParser.Parse(text.Path, content?.ToString() ?? string.Empty, cancellationToken);
        }

        private static SourceDocument ReadDocument(AdditionalText text, CancellationToken cancellationToken)
            => SourceDocument.Create(FilePaths.Normalize(text.Path), text.GetText(cancellationToken)?.ToString() ?? string.Empty);

        private static void EmitFactFile(SourceProductionContext context, (CheckedFactFile? File, GeneratorOptions Options) input)
        {
            if (input.File is null)
            {
                return;
            }

            string? code = Guard(context, input.File.File.Path, () => FactFileEmitter.Emit(input.File.File, input.Options));
            if (code is not null)
            {
                context.AddSource(CodeNames.HintName(input.File.File.Path), SourceText.From(code, System.Text.Encoding.UTF8));
            }
        }

        private static void EmitKnowledgeBase(SourceProductionContext context, (KnowledgeIndex Index, GeneratorOptions Options) input)
        {
            string? types = Guard(context, null, () => KnowledgeBaseEmitter.EmitSupportTypes(input.Options));
            string? queries = Guard(context, null, () => KnowledgeBaseEmitter.EmitQueries(input.Index, input.Options));
            if (types is not null && queries is not null)
            {
                context.AddSource("KnowledgeGen.Types.g.cs", SourceText.From(types, System.Text.Encoding.UTF8));
                context.AddSource("KnowledgeGen.Queries.g.cs", SourceText.From(queries, System.Text.Encoding.UTF8));
            }
        }

        /// <summary>Runs an emitter; an exception becomes a diagnostic, because one escaping would drop every generated file.</summary>
        private static string? Guard(SourceProductionContext context, string? path, Func<string?> emit)
        {
            try
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                return emit();
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception e)
            {
                LocationInfo? location = path is null ? null : LocationInfo.StartOf(path);
                context.ReportDiagnostic(DiagnosticInfo.Create(Diagnostics.InternalError, location, e.GetType().Name, e.Message).ToDiagnostic());
                return null;
            }
        }

        private static void Report(SourceProductionContext context, (EquatableArray<DiagnosticInfo> Diagnostics, SeverityConfig Severities) input)
        {
            foreach (DiagnosticInfo info in input.Diagnostics)
            {
                Diagnostic? diagnostic = input.Severities.Apply(info);
                if (diagnostic is not null)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }
}
