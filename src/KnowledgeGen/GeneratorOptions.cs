using System.Linq;
using KnowledgeGen.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGen
{
    /// <summary>
    /// The MSBuild properties that shape the generated code: KnowledgeGenNamespace (default: the project's
    /// RootNamespace), KnowledgeGenClassName (default: KnowledgeBase) and KnowledgeGenVisibility
    /// (internal or public; default: internal). A bad value falls back to the default and is reported.
    /// <para>
    /// <see cref="ProjectDirectory"/> is where the project file stands, so that a message naming another file
    /// names it relative to the project, the same on every machine.
    /// </para>
    /// </summary>
    public sealed record GeneratorOptions(string Namespace, string ClassName, bool IsPublic, string ProjectDirectory, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public const string DefaultNamespace = "KnowledgeGen.Generated";
        public const string DefaultClassName = "KnowledgeBase";

        public static readonly GeneratorOptions Default = new GeneratorOptions(DefaultNamespace, DefaultClassName, false, string.Empty, EquatableArray<DiagnosticInfo>.Empty);

        public string Visibility => IsPublic ? "public" : "internal";

        public static GeneratorOptions Read(AnalyzerConfigOptions options)
        {
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();

            string ns = Get(options, "KnowledgeGenNamespace") ?? Get(options, "RootNamespace") ?? DefaultNamespace;
            if (!ns.Split('.').All(IsIdentifier))
            {
                diagnostics.Add(DiagnosticInfo.Create(KnowledgeGen.Diagnostics.InvalidOption, null, "KnowledgeGenNamespace", ns, "a C# namespace such as MyCompany.Knowledge"));
                ns = DefaultNamespace;
            }

            string className = Get(options, "KnowledgeGenClassName") ?? DefaultClassName;
            if (!IsIdentifier(className))
            {
                diagnostics.Add(DiagnosticInfo.Create(KnowledgeGen.Diagnostics.InvalidOption, null, "KnowledgeGenClassName", className, "a C# identifier such as TradeFacts"));
                className = DefaultClassName;
            }

            string visibility = Get(options, "KnowledgeGenVisibility") ?? "internal";
            if (visibility != "internal" && visibility != "public")
            {
                diagnostics.Add(DiagnosticInfo.Create(KnowledgeGen.Diagnostics.InvalidOption, null, "KnowledgeGenVisibility", visibility, "internal or public"));
                visibility = "internal";
            }

            string projectDirectory = Get(options, "MSBuildProjectDirectory") ?? Get(options, "ProjectDir") ?? string.Empty;
            return new GeneratorOptions(ns, className, visibility == "public", projectDirectory, diagnostics.ToEquatableArray());
        }

        private static string? Get(AnalyzerConfigOptions options, string property)
            => options.TryGetValue("build_property." + property, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private static bool IsIdentifier(string text)
            => SyntaxFacts.IsValidIdentifier(text) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None;
    }
}
