using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Model
{
    /// <summary>A severity a consumer set with <c>dotnet_diagnostic.KGnnnn.severity</c>.</summary>
    public sealed record ConfiguredSeverity(string Id, ReportDiagnostic Severity);

    /// <summary>
    /// The severities a consumer configured for KG warnings in its .editorconfig or a global config. The
    /// compiler applies an .editorconfig section only to diagnostics in the C# files it matches, and a KG
    /// diagnostic stands in a YAML file, so the generator and the analyzer read the setting from the project's C#
    /// files and apply it themselves. An error is never lowered: see <see cref="Diagnostics"/>.
    /// </summary>
    public sealed record SeverityConfig(EquatableArray<ConfiguredSeverity> Entries)
    {
        public static readonly SeverityConfig None = new SeverityConfig(EquatableArray<ConfiguredSeverity>.Empty);

        /// <summary>
        /// Each KG warning's severity as a global config sets it, else as the first C# file (by path) whose
        /// .editorconfig sections set it.
        /// </summary>
        public static SeverityConfig Read(Compilation compilation, CancellationToken cancellationToken)
        {
            SyntaxTreeOptionsProvider? provider = compilation.Options.SyntaxTreeOptionsProvider;
            if (provider is null)
            {
                return None;
            }

            SyntaxTree[] trees = compilation.SyntaxTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal).ToArray();
            return From(id =>
            {
                if (provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out ReportDiagnostic global))
                {
                    return global;
                }

                foreach (SyntaxTree tree in trees)
                {
                    if (provider.TryGetDiagnosticValue(tree, id, cancellationToken, out ReportDiagnostic severity))
                    {
                        return severity;
                    }
                }

                return null;
            });
        }

        /// <summary>
        /// Each KG warning's severity as <paramref name="configured"/> gives it (null: not set). The command-line
        /// tool reads the same settings from the configuration files themselves, with no compilation to ask.
        /// </summary>
        public static SeverityConfig From(Func<string, ReportDiagnostic?> configured)
        {
            var entries = new List<ConfiguredSeverity>();
            foreach (DiagnosticDescriptor descriptor in KnowledgeGen.Diagnostics.All)
            {
                if (descriptor.DefaultSeverity != DiagnosticSeverity.Error && configured(descriptor.Id) is ReportDiagnostic severity)
                {
                    entries.Add(new ConfiguredSeverity(descriptor.Id, severity));
                }
            }

            return entries.Count == 0 ? None : new SeverityConfig(entries.ToEquatableArray());
        }

        /// <summary>The diagnostic with its configured severity, or null where it is turned off.</summary>
        public Diagnostic? Apply(DiagnosticInfo info)
        {
            if (info.Descriptor.DefaultSeverity == DiagnosticSeverity.Error || Entries.Count == 0)
            {
                return info.ToDiagnostic();
            }

            ConfiguredSeverity? configured = Entries.FirstOrDefault(e => string.Equals(e.Id, info.Descriptor.Id, StringComparison.OrdinalIgnoreCase));
            return configured?.Severity switch
            {
                null or ReportDiagnostic.Default => info.ToDiagnostic(),
                ReportDiagnostic.Suppress => null,
                ReportDiagnostic.Error => info.ToDiagnostic(DiagnosticSeverity.Error),
                ReportDiagnostic.Warn => info.ToDiagnostic(DiagnosticSeverity.Warning),
                ReportDiagnostic.Info => info.ToDiagnostic(DiagnosticSeverity.Info),
                _ => info.ToDiagnostic(DiagnosticSeverity.Hidden),
            };
        }
    }
}
