using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGen
{
    /// <summary>
    /// Reports the fact files' mistakes as an analyzer, so that an editor flags them in the YAML file as it is
    /// typed. The checks are the generator's own (<see cref="KnowledgeBaseChecker"/>), run once per compilation
    /// over every additional file, since a fact file's quotes and references depend on the others; each file's
    /// action then reports the diagnostics located in that file.
    /// <para>
    /// The generator reports every mistake in every compilation; an editor, though, may show a generator's
    /// diagnostics in additional files only after a build. So this analyzer reports only in an editor's live
    /// analysis, which build/KnowledgeGen.props marks with <see cref="LiveAnalysisProperty"/> in design-time
    /// builds alone: a command-line build, which runs analyzers too, prints each mistake once, from the
    /// generator.
    /// </para>
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FactFileAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Set to true, in design-time builds only, by a global analyzer config that build/KnowledgeGen.props adds.</summary>
        public const string LiveAnalysisProperty = "KnowledgeGenLiveAnalysis";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Diagnostics.All;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            AnalyzerConfigOptions globalOptions = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            if (!globalOptions.TryGetValue("build_property." + LiveAnalysisProperty, out string? live)
                || !string.Equals(live.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            globalOptions.TryGetValue("build_property.MSBuildProjectDirectory", out string? projectDirectory);

            // Only the files the props tagged as KnowledgeGen's (see FileTags), each in its knowledge base, as the
            // generator reads them: each base is checked on its own.
            AnalyzerConfigOptionsProvider fileOptions = context.Options.AnalyzerConfigOptionsProvider;
            GeneratorOptions options = GeneratorOptions.Read(globalOptions);
            var keys = new BaseKeys(options.DeclaresBases, options.AllBases.Select(b => b.Key).ToEquatableArray());
            ImmutableArray<ImmutableArray<AdditionalText>> bases = context.Options.AdditionalFiles
                .Select(file => new TaggedFile(file, FileTags.Of(fileOptions.GetOptions(file)), FileTags.BaseOf(fileOptions.GetOptions(file))).InBase(keys))
                .Where(file => file.Base is not null && file.Tag is FileTags.Facts or FileTags.Source)
                .GroupBy(file => file.Base, StringComparer.Ordinal)
                .Select(group => group.Select(file => file.Text).ToImmutableArray())
                .ToImmutableArray();
            CancellationToken cancellationToken = context.CancellationToken;
            var diagnosticsByFile = new Lazy<ILookup<string, DiagnosticInfo>>(
                () => bases
                    .SelectMany(files => CheckAll(files, projectDirectory ?? string.Empty, cancellationToken).SelectMany(group => group))
                    .ToLookup(diagnostic => diagnostic.Location!.FilePath, StringComparer.Ordinal),
                LazyThreadSafetyMode.ExecutionAndPublication);

            Compilation compilation = context.Compilation;
            var severities = new Lazy<SeverityConfig>(() => SeverityConfig.Read(compilation, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);

            context.RegisterAdditionalFileAction(fileContext =>
            {
                string path = fileContext.AdditionalFile.Path;
                if (!FileTags.IsFactFile(fileOptions.GetOptions(fileContext.AdditionalFile)))
                {
                    return;
                }

                foreach (DiagnosticInfo info in diagnosticsByFile.Value[path])
                {
                    Diagnostic? diagnostic = severities.Value.Apply(info);
                    if (diagnostic is not null)
                    {
                        fileContext.ReportDiagnostic(diagnostic);
                    }
                }
            });
        }

        private static ILookup<string, DiagnosticInfo> CheckAll(ImmutableArray<AdditionalText> files, string projectDirectory, CancellationToken cancellationToken)
        {
            var inputs = files
                .Select(file => (file.Path, Text: file.GetText(cancellationToken)?.ToString() ?? string.Empty))
                .ToList();
            try
            {
                return KnowledgeBaseChecker.Check(inputs, projectDirectory, cancellationToken).Diagnostics
                    .Where(diagnostic => diagnostic.Location is not null)
                    .ToLookup(diagnostic => diagnostic.Location!.FilePath, StringComparer.Ordinal);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The per-file steps turn their own failures into KG0099; this catches the steps across files,
                // whose failure concerns every file, so that an analyzer crash never hides the fact files' state.
                return inputs
                    .Where(input => FilePaths.IsFactFile(input.Path))
                    .Select(input => DiagnosticInfo.Create(Diagnostics.InternalError, LocationInfo.StartOf(input.Path), e.GetType().Name, e.Message))
                    .ToLookup(diagnostic => diagnostic.Location!.FilePath, StringComparer.Ordinal);
            }
        }
    }
}
