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
    /// Compiles the YAML fact files among the additional files and the source texts they cite into a typed
    /// knowledge base; build/KnowledgeGen.props tags both kinds of file (see <see cref="FileTags"/>).
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
                .Combine(context.ParseOptionsProvider)
                .Select((pair, _) => GeneratorOptions.Read(pair.Left.GlobalOptions, pair.Right))
                .WithTrackingName(TrackingNames.Options);

            // Only the additional files the props tagged as KnowledgeGen's (see FileTags) are read.
            IncrementalValuesProvider<(AdditionalText Text, string? Tag)> tagged = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, _) => (pair.Left, FileTags.Of(pair.Right.GetOptions(pair.Left))))
                .WithTrackingName(TrackingNames.TaggedFiles);

            IncrementalValuesProvider<FactFileSpec> parsed = tagged
                .Where(file => file.Tag == FileTags.Facts)
                .Select((file, _) => file.Text)
                .WithTrackingName(TrackingNames.FactFiles)
                .Select(Parse)
                .WithTrackingName(TrackingNames.ParsedFactFiles);

            IncrementalValuesProvider<SourceDocument> documents = tagged
                .Where(file => file.Tag == FileTags.Source)
                .Select((file, _) => file.Text)
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
                .Select((result, _) => new Exclusions(result.LeftOut, result.Excluded, result.NotGenerated))
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

            // Measures and sentence accounting need every file's facts and the source texts together.
            IncrementalValueProvider<EquatableArray<DiagnosticInfo>> crossFactDiagnostics = checkedFiles
                .Select((file, _) => ClaimSummary.From(file))
                .WithTrackingName(TrackingNames.ClaimSummaries)
                .Collect()
                .Combine(catalog)
                .Combine(exclusions)
                .Combine(projectDirectory)
                .Select((input, cancellationToken) => CrossFactChecker.Check(
                    input.Left.Left.Left, input.Left.Left.Right, input.Left.Right.LeftOutFiles, input.Right, cancellationToken).Diagnostics)
                .WithTrackingName(TrackingNames.CrossFactDiagnostics);


            // Which facts a later fact replaces, for [Obsolete] on their members, and the names of the entities a
            // file's values name, for its documentation; narrowed to each file's own.
            IncrementalValueProvider<EquatableArray<Supersession>> supersessions = parsed
                .Select((file, _) => Supersession.Of(file))
                .WithTrackingName(TrackingNames.FileSupersessions)
                .Collect()
                .Select((files, _) => Supersession.Merge(files))
                .WithTrackingName(TrackingNames.Supersessions);

            // The facts that retired entries may name as replacements, for the retired facts' members.
            IncrementalValueProvider<EquatableArray<Replacement>> replacements = parsed
                .Select((file, _) => Replacement.Of(file))
                .WithTrackingName(TrackingNames.FileReplacements)
                .Collect()
                .Select((files, _) => Replacement.Merge(files))
                .WithTrackingName(TrackingNames.Replacements);

            IncrementalValuesProvider<(CheckedFactFile? File, FactFileContext Context)> toEmit = emittable
                .Combine(supersessions)
                .Combine(catalog)
                .Combine(replacements)
                .Select((input, _) => (input.Left.Left.Left, input.Left.Left.Left is null
                    ? FactFileContext.None
                    : FactFileContext.For(input.Left.Left.Left.File, input.Left.Left.Right, input.Left.Right, input.Right)))
                .WithTrackingName(TrackingNames.FactFileContexts);

            context.RegisterSourceOutput(toEmit.Combine(options), EmitFactFile);
            context.RegisterSourceOutput(index.Combine(options), EmitKnowledgeBase);
            context.RegisterSourceOutput(fileDiagnostics.Combine(severities), Report);
            context.RegisterSourceOutput(crossFileDiagnostics.Combine(severities), Report);
            context.RegisterSourceOutput(crossFactDiagnostics.Combine(severities), Report);
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

        private static void EmitFactFile(SourceProductionContext context, ((CheckedFactFile? File, FactFileContext Context) Emittable, GeneratorOptions Options) input)
        {
            CheckedFactFile? file = input.Emittable.File;
            if (file is null || !input.Options.LanguageSupported)
            {
                return;
            }

            string? code = Guard(context, file.File.Path, () => FactFileEmitter.Emit(file.File, input.Options, input.Emittable.Context));
            if (code is not null)
            {
                context.AddSource(CodeNames.HintName(file.File.Path, input.Options.ProjectDirectory), SourceText.From(code, System.Text.Encoding.UTF8));
            }
        }

        private static void EmitKnowledgeBase(SourceProductionContext context, (KnowledgeIndex Index, GeneratorOptions Options) input)
        {
            if (!input.Options.LanguageSupported)
            {
                return;
            }

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
