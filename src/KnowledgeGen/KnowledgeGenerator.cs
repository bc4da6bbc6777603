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

            // Which base a file belongs to is decided from the declared bases' keys alone.
            IncrementalValueProvider<BaseKeys> baseKeys = options
                .Select((value, _) => new BaseKeys(value.DeclaresBases, value.AllBases.Select(b => b.Key).ToEquatableArray()))
                .WithTrackingName(TrackingNames.BaseKeys);

            // Only the additional files the props tagged as KnowledgeGen's (see FileTags) are read, each with the
            // knowledge base it belongs to; a file that belongs to no declared base is not read.
            IncrementalValuesProvider<TaggedFile> tagged = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, _) => new TaggedFile(pair.Left, FileTags.Of(pair.Right.GetOptions(pair.Left)), FileTags.BaseOf(pair.Right.GetOptions(pair.Left))))
                .WithTrackingName(TrackingNames.TaggedFiles)
                .Combine(baseKeys)
                .Select((pair, _) => pair.Left.InBase(pair.Right))
                .WithTrackingName(TrackingNames.BaseFiles)
                .Where(file => file.Base is not null);

            IncrementalValuesProvider<FactFileSpec> parsed = tagged
                .Where(file => file.Tag == FileTags.Facts)
                .WithTrackingName(TrackingNames.FactFiles)
                .Select(Parse)
                .WithTrackingName(TrackingNames.ParsedFactFiles);

            IncrementalValuesProvider<Keyed<SourceDocument>> documents = tagged
                .Where(file => file.Tag == FileTags.Source)
                .WithTrackingName(TrackingNames.SourceTexts)
                .Select(ReadDocument)
                .WithTrackingName(TrackingNames.SourceDocuments);

            IncrementalValueProvider<string> projectDirectory = options
                .Select((value, _) => value.ProjectDirectory)
                .WithTrackingName(TrackingNames.ProjectDirectory);

            IncrementalValueProvider<EquatableArray<Keyed<KnowledgeCatalog>>> catalogs = parsed
                .Select((file, _) => new Keyed<CatalogPart>(file.Base, CatalogPart.From(file)))
                .WithTrackingName(TrackingNames.CatalogParts)
                .Collect()
                .Combine(documents.Collect())
                .Combine(projectDirectory)
                .Select((input, _) => PerBase.Map(input.Left.Left, (key, parts) => KnowledgeCatalog.Build(parts, input.Left.Right.Where(d => d.Base == key).Select(d => d.Value).ToImmutableArray()) with { DisplayDirectory = input.Right }))
                .WithTrackingName(TrackingNames.Catalog);

            IncrementalValuesProvider<CheckedFactFile> checkedFiles = parsed
                .Combine(catalogs)
                .Select((pair, _) => (File: pair.Left, Catalog: PerBase.Of(pair.Right, pair.Left.Base, KnowledgeCatalog.Empty)))
                .WithTrackingName(TrackingNames.FileCatalogs)
                .Select((pair, cancellationToken) => FactFileChecker.Check(pair.File, pair.Catalog, cancellationToken))
                .WithTrackingName(TrackingNames.CheckedFactFiles);

            IncrementalValuesProvider<Keyed<FactFileSummary>> summaries = checkedFiles
                .Select((file, _) => new Keyed<FactFileSummary>(file.File.Base, CrossFileChecker.Summarize(file)))
                .WithTrackingName(TrackingNames.Summaries);

            // First without places, which an edit that only moves declarations leaves cached; again with them only where
            // that run finds something (see CrossFileWithoutPlaces).
            IncrementalValueProvider<EquatableArray<Keyed<CrossFileResult>>> crossFileWithoutPlaces = summaries
                .Select((summary, _) => new Keyed<FactFileSummary>(summary.Base, CrossFileWithoutPlaces.Summarize(summary.Value)))
                .WithTrackingName(TrackingNames.SummariesWithoutPlaces)
                .Collect()
                .Combine(projectDirectory)
                .Select((pair, _) => PerBase.Map(pair.Left, (_, parts) => CrossFileChecker.Check(parts, pair.Right)))
                .WithTrackingName(TrackingNames.CrossFileWithoutPlaces);

            IncrementalValueProvider<EquatableArray<Keyed<CrossFileResult>>> crossFile = summaries
                .Collect()
                .Combine(crossFileWithoutPlaces)
                .Combine(projectDirectory)
                .Select((input, _) => PerBase.Map(
                    input.Left.Left,
                    (key, parts) => CrossFileWithoutPlaces.Result(input.Left.Right.FirstOrDefault(result => result.Base == key)?.Value, () => CrossFileChecker.Check(parts, input.Right))))
                .WithTrackingName(TrackingNames.CrossFile);

            IncrementalValueProvider<EquatableArray<Keyed<KnowledgeIndex>>> indexes = crossFile
                .Select((results, _) => results.Select(result => new Keyed<KnowledgeIndex>(result.Base, result.Value.Index)).ToEquatableArray())
                .WithTrackingName(TrackingNames.Index);

            IncrementalValueProvider<EquatableArray<DiagnosticInfo>> crossFileDiagnostics = crossFile
                .Select((results, _) => results.SelectMany(result => result.Value.Diagnostics).ToEquatableArray())
                .WithTrackingName(TrackingNames.CrossFileDiagnostics);

            // Paths and locations name one file each, so the bases' exclusions are kept together.
            IncrementalValueProvider<Exclusions> exclusions = crossFile
                .Select((results, _) => new Exclusions(
                    results.SelectMany(r => r.Value.LeftOut).ToEquatableArray(),
                    results.SelectMany(r => r.Value.Excluded).ToEquatableArray(),
                    results.SelectMany(r => r.Value.NotGenerated).ToEquatableArray()))
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

            // Measures and sentence accounting need every file's facts and the source texts of the base together.
            IncrementalValueProvider<EquatableArray<DiagnosticInfo>> crossFactDiagnostics = checkedFiles
                .Select((file, _) => new Keyed<ClaimSummary>(file.File.Base, ClaimSummary.From(file)))
                .WithTrackingName(TrackingNames.ClaimSummaries)
                .Collect()
                .Combine(catalogs)
                .Combine(exclusions)
                .Combine(projectDirectory)
                .Select((input, cancellationToken) => PerBase.Map(
                        input.Left.Left.Left,
                        (key, summaries) => CrossFactChecker.Check(summaries, PerBase.Of(input.Left.Left.Right, key, KnowledgeCatalog.Empty), input.Left.Right.LeftOutFiles, input.Right, cancellationToken).Diagnostics)
                    .SelectMany(result => result.Value)
                    .ToEquatableArray())
                .WithTrackingName(TrackingNames.CrossFactDiagnostics);

            // Which facts a later fact replaces, for [Obsolete] on their members, and the names of the entities a
            // file's values name, for its documentation; narrowed to each file's own.
            IncrementalValueProvider<EquatableArray<Keyed<EquatableArray<Supersession>>>> supersessions = parsed
                .Select((file, _) => new Keyed<EquatableArray<Supersession>>(file.Base, Supersession.Of(file)))
                .WithTrackingName(TrackingNames.FileSupersessions)
                .Collect()
                .Select((files, _) => PerBase.Map(files, (_, parts) => Supersession.Merge(parts)))
                .WithTrackingName(TrackingNames.Supersessions);

            // The facts that retired entries name as replacements, for the retired facts' members: first the ids
            // named, then those facts from each file, so that editing any other fact changes nothing here.
            IncrementalValueProvider<EquatableArray<Keyed<EquatableArray<string>>>> replacementIds = parsed
                .Select((file, _) => new Keyed<EquatableArray<string>>(file.Base, Replacement.IdsNamedBy(file)))
                .WithTrackingName(TrackingNames.FileReplacementIds)
                .Collect()
                .Select((files, _) => PerBase.Map(files, (_, parts) => Replacement.Union(parts)))
                .WithTrackingName(TrackingNames.ReplacementIds);

            IncrementalValueProvider<EquatableArray<Keyed<EquatableArray<Replacement>>>> replacements = parsed
                .Combine(replacementIds)
                .Select((pair, _) => new Keyed<EquatableArray<Replacement>>(
                    pair.Left.Base,
                    Replacement.Of(pair.Left, PerBase.Of(pair.Right, pair.Left.Base, EquatableArray<string>.Empty))))
                .WithTrackingName(TrackingNames.FileReplacements)
                .Collect()
                .Select((files, _) => PerBase.Map(files, (_, parts) => Replacement.Merge(parts)))
                .WithTrackingName(TrackingNames.Replacements);

            IncrementalValuesProvider<(CheckedFactFile? File, FactFileContext Context)> toEmit = emittable
                .Combine(supersessions)
                .Combine(catalogs)
                .Combine(replacements)
                .Select((input, _) => (input.Left.Left.Left, Context(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right)))
                .WithTrackingName(TrackingNames.FactFileContexts);

            context.RegisterSourceOutput(toEmit.Combine(options), EmitFactFile);
            context.RegisterSourceOutput(indexes.Combine(options), EmitKnowledgeBases);
            context.RegisterSourceOutput(fileDiagnostics.Combine(severities), Report);
            context.RegisterSourceOutput(crossFileDiagnostics.Combine(severities), Report);
            context.RegisterSourceOutput(crossFactDiagnostics.Combine(severities), Report);
            context.RegisterSourceOutput(options, (output, value) => Report(output, (value.Diagnostics, SeverityConfig.None)));
        }

        private static FactFileContext Context(
            CheckedFactFile? file,
            EquatableArray<Keyed<EquatableArray<Supersession>>> supersessions,
            EquatableArray<Keyed<KnowledgeCatalog>> catalogs,
            EquatableArray<Keyed<EquatableArray<Replacement>>> replacements)
        {
            if (file is null)
            {
                return FactFileContext.None;
            }

            string key = file.File.Base;
            return FactFileContext.For(
                file.File,
                PerBase.Of(supersessions, key, EquatableArray<Supersession>.Empty),
                PerBase.Of(catalogs, key, KnowledgeCatalog.Empty),
                PerBase.Of(replacements, key, EquatableArray<Replacement>.Empty));
        }

        private static FactFileSpec Parse(TaggedFile file, CancellationToken cancellationToken)
        {
            // The path is kept as the compiler gives it, so that hint names and data classes, made from it, are
            // unique per additional file even where two paths name one file (reported by the cross-file checks).
            SourceText? content = file.Text.GetText(cancellationToken);
            return FactFileParser.Parse(file.Text.Path, content?.ToString() ?? string.Empty, cancellationToken) with { Base = file.Base ?? string.Empty };
        }

        private static Keyed<SourceDocument> ReadDocument(TaggedFile file, CancellationToken cancellationToken)
        {
            // A text over the limit is refused by its length, before it is copied into a string.
            SourceText? text = file.Text.GetText(cancellationToken);
            string path = FilePaths.Normalize(file.Text.Path);
            return new Keyed<SourceDocument>(
                file.Base ?? string.Empty,
                text is { Length: > SourceDocument.MaxTextLength } ? SourceDocument.Oversize(path, text.Length) : SourceDocument.Create(path, text?.ToString() ?? string.Empty));
        }

        private static void EmitFactFile(SourceProductionContext context, ((CheckedFactFile? File, FactFileContext Context) Emittable, GeneratorOptions Options) input)
        {
            CheckedFactFile? file = input.Emittable.File;
            GeneratorOptions options = input.Options.For(file?.File.Base ?? string.Empty);
            if (file is null || !options.Generates)
            {
                return;
            }

            string? code = Guard(context, file.File.Path, () => FactFileEmitter.Emit(file.File, options, input.Emittable.Context));
            if (code is not null)
            {
                context.AddSource(CodeNames.HintName(file.File.Path, options.ProjectDirectory), SourceText.From(code, System.Text.Encoding.UTF8));
            }
        }

        /// <summary>
        /// Each base's shared code, a base without fact files included (an empty knowledge base). The one base of a
        /// project that declares none keeps the plain hint names; a declared base's carry its namespace and class,
        /// which no two generated bases share (KG0067).
        /// </summary>
        private static void EmitKnowledgeBases(SourceProductionContext context, (EquatableArray<Keyed<KnowledgeIndex>> Indexes, GeneratorOptions Options) input)
        {
            foreach (KnowledgeBaseSpec spec in input.Options.AllBases)
            {
                GeneratorOptions options = input.Options.For(spec.Key);
                if (!options.Generates)
                {
                    continue;
                }

                KnowledgeIndex index = PerBase.Of(input.Indexes, spec.Key, KnowledgeIndex.Empty);
                string prefix = input.Options.DeclaresBases ? "KnowledgeGen." + options.Namespace + "." + options.ClassName : "KnowledgeGen";
                string? types = Guard(context, null, () => KnowledgeBaseEmitter.EmitSupportTypes(options));
                string? queries = Guard(context, null, () => KnowledgeBaseEmitter.EmitQueries(index, options));
                if (types is not null && queries is not null)
                {
                    context.AddSource(prefix + ".Types.g.cs", SourceText.From(types, System.Text.Encoding.UTF8));
                    context.AddSource(prefix + ".Queries.g.cs", SourceText.From(queries, System.Text.Encoding.UTF8));
                }
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
