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
    /// typed, before any build. The checks are the generator's own (<see cref="KnowledgeBaseChecker"/>), run
    /// once per compilation over every additional file, since a fact file's quotes and references depend on the
    /// others; each file's action then reports the diagnostics located in that file.
    /// <para>
    /// It reports only where <see cref="GeneratorOptions.AnalyzerReportsChecks"/> is set, which also silences
    /// the generator's copies: one switch decides who reports, so a mistake is never printed twice, nor lost
    /// when analyzers are turned off.
    /// </para>
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FactFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Diagnostics.All;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            if (!GeneratorOptions.AnalyzerReports(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions))
            {
                return;
            }

            // Only the files the props tagged as KnowledgeGen's (see FileTags), as the generator reads them.
            AnalyzerConfigOptionsProvider fileOptions = context.Options.AnalyzerConfigOptionsProvider;
            ImmutableArray<AdditionalText> files = context.Options.AdditionalFiles
                .Where(file => FileTags.Of(fileOptions.GetOptions(file)) is FileTags.Facts or FileTags.Source)
                .ToImmutableArray();
            CancellationToken cancellationToken = context.CancellationToken;
            var diagnosticsByFile = new Lazy<ILookup<string, DiagnosticInfo>>(
                () => CheckAll(files, cancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);

            context.RegisterAdditionalFileAction(fileContext =>
            {
                string path = fileContext.AdditionalFile.Path;
                if (!FileTags.IsFactFile(fileOptions.GetOptions(fileContext.AdditionalFile)))
                {
                    return;
                }

                foreach (DiagnosticInfo diagnostic in diagnosticsByFile.Value[path])
                {
                    fileContext.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        }

        private static ILookup<string, DiagnosticInfo> CheckAll(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
        {
            var inputs = files
                .Select(file => (file.Path, Text: file.GetText(cancellationToken)?.ToString() ?? string.Empty))
                .ToList();
            try
            {
                return KnowledgeBaseChecker.Check(inputs, cancellationToken).Diagnostics
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
