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
    /// <see cref="Bases"/> are the project's knowledge bases: one per &lt;KnowledgeBase&gt; item, which
    /// build/KnowledgeGen.props passes as KnowledgeGenKnowledgeBases, or, when the project declares none, the
    /// one base the properties above describe. <see cref="For"/> gives a base's own options.
    /// </para>
    /// <para>
    /// <see cref="ProjectDirectory"/> is where the project file stands, so that a message naming another file
    /// names it relative to the project, and generated names depend on paths relative to it: the same on every
    /// machine.
    /// </para>
    /// </summary>
    public sealed record GeneratorOptions(string Namespace, string ClassName, bool IsPublic, string ProjectDirectory, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public const string DefaultNamespace = "KnowledgeGen.Generated";
        public const string DefaultClassName = "KnowledgeBase";

        public static readonly GeneratorOptions Default = new GeneratorOptions(DefaultNamespace, DefaultClassName, false, string.Empty, EquatableArray<DiagnosticInfo>.Empty);

        public string Visibility => IsPublic ? "public" : "internal";

        /// <summary>The class as generated code names it, from the global namespace down, so that no name of the consumer's can hide it.</summary>
        public string QualifiedClassName => "global::" + Namespace + "." + ClassName;

        /// <summary>
        /// Whether the consumer's language version has nullable reference types (C# 8); without them the code is
        /// generated without annotations and without <c>#nullable enable</c>. Set from the parse options.
        /// </summary>
        public bool NullableAnnotations { get; init; } = true;


        /// <summary>
        /// Whether a fact that a later fact supersedes gets [Obsolete] on its named members (KnowledgeGenObsoleteSuperseded,
        /// default true; false turns it off).
        /// </summary>
        public bool ObsoleteSuperseded { get; init; } = true;

        /// <summary>False below C# 7.3, where the generated code would not compile: then nothing is generated, and KG0052 says what to set.</summary>
        public bool LanguageSupported { get; init; } = true;

        /// <summary>The knowledge bases to generate; empty only in options made by hand, which <see cref="AllBases"/> reads as the one base.</summary>
        public EquatableArray<KnowledgeBaseSpec> Bases { get; init; }

        /// <summary>Whether the project declares &lt;KnowledgeBase&gt; items; if so, a file that belongs to none of them is not read.</summary>
        public bool DeclaresBases { get; init; }

        /// <summary>Whether code is generated: not below C# 7.3 (KG0052), nor for a base whose names were refused.</summary>
        public bool Generates { get; init; } = true;

        public EquatableArray<KnowledgeBaseSpec> AllBases
            => Bases.Count > 0 ? Bases : new[] { new KnowledgeBaseSpec(string.Empty, Namespace, ClassName) }.ToEquatableArray();

        /// <summary>The options of one base: its namespace and class, everything else shared.</summary>
        public GeneratorOptions For(string key)
        {
            foreach (KnowledgeBaseSpec spec in AllBases)
            {
                if (spec.Key == key)
                {
                    return this with { Namespace = spec.Namespace, ClassName = spec.ClassName, Generates = Generates && spec.Generates, Diagnostics = EquatableArray<DiagnosticInfo>.Empty, Bases = default };
                }
            }

            return this with { Generates = false, Diagnostics = EquatableArray<DiagnosticInfo>.Empty, Bases = default };
        }

        public static GeneratorOptions Read(AnalyzerConfigOptions options, Microsoft.CodeAnalysis.ParseOptions? parseOptions = null)
        {
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();

            // The namespace the user set is checked; the default, from the project's name, is made valid, since
            // the user never wrote it: a project "Trade-App" gets the namespace Trade_App, as its own code does.
            string? explicitNamespace = Get(options, "KnowledgeGenNamespace");
            string ns = explicitNamespace ?? NamespaceFrom(Get(options, "RootNamespace")) ?? DefaultNamespace;
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
            else if (Emitting.CodeNames.IsReservedInKnowledgeBase(className))
            {
                diagnostics.Add(DiagnosticInfo.Create(KnowledgeGen.Diagnostics.ClassNameTaken, null, "KnowledgeGenClassName", className));
                className = DefaultClassName;
            }

            bool languageSupported = parseOptions is not CSharpParseOptions version || version.LanguageVersion >= LanguageVersion.CSharp7_3;
            if (!languageSupported)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    KnowledgeGen.Diagnostics.LanguageVersionTooLow,
                    null,
                    ((CSharpParseOptions)parseOptions!).LanguageVersion.ToDisplayString()));
            }

            string visibility = Get(options, "KnowledgeGenVisibility") ?? "internal";
            if (visibility != "internal" && visibility != "public")
            {
                diagnostics.Add(DiagnosticInfo.Create(KnowledgeGen.Diagnostics.InvalidOption, null, "KnowledgeGenVisibility", visibility, "internal or public"));
                visibility = "internal";
            }

            string projectDirectory = Get(options, "MSBuildProjectDirectory") ?? Get(options, "ProjectDir") ?? string.Empty;
            string? declared = Get(options, "KnowledgeGenKnowledgeBases");
            EquatableArray<KnowledgeBaseSpec> bases = declared is null
                ? new[] { new KnowledgeBaseSpec(string.Empty, ns, className) }.ToEquatableArray()
                : ReadBases(declared, ns, className, diagnostics);
            return new GeneratorOptions(ns, className, visibility == "public", projectDirectory, diagnostics.ToEquatableArray())
            {
                Bases = bases,
                DeclaresBases = declared is not null,
                Generates = languageSupported,
                NullableAnnotations = parseOptions is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8,
                LanguageSupported = languageSupported,
                ObsoleteSuperseded = !string.Equals(Get(options, "KnowledgeGenObsoleteSuperseded"), "false", System.StringComparison.OrdinalIgnoreCase),
            };
        }

        /// <summary>
        /// The &lt;KnowledgeBase&gt; items as the props pass them: "Include*ClassName*Namespace", '|' between items.
        /// A ClassName or Namespace left out is the one-base property's value. A refused name (KG0050, KG0051,
        /// naming the item's metadata), a class that an earlier item generates already (KG0067), or a folder
        /// inside an earlier item's (KG0053) is reported, and that base is checked but not generated.
        /// </summary>
        private static EquatableArray<KnowledgeBaseSpec> ReadBases(string declared, string defaultNamespace, string defaultClassName, System.Collections.Generic.List<DiagnosticInfo> diagnostics)
        {
            var bases = new System.Collections.Generic.List<KnowledgeBaseSpec>();
            foreach (string item in declared.Split('|'))
            {
                string[] fields = item.Split('*');
                string key = fields[0].Trim();
                if (key.Length == 0 || bases.Any(b => b.Key == key))
                {
                    continue;
                }

                string what = "<KnowledgeBase Include=\"" + key + "\">";
                string ns = fields.Length > 2 && fields[2].Trim().Length > 0 ? fields[2].Trim() : defaultNamespace;
                string className = fields.Length > 1 && fields[1].Trim().Length > 0 ? fields[1].Trim() : defaultClassName;
                bool generates = true;
                if (!ns.Split('.').All(IsIdentifier))
                {
                    diagnostics.Add(DiagnosticInfo.Create(KnowledgeGen.Diagnostics.InvalidOption, null, "Namespace of " + what, ns, "a C# namespace such as MyCompany.Knowledge"));
                    generates = false;
                }

                if (!IsIdentifier(className))
                {
                    diagnostics.Add(DiagnosticInfo.Create(KnowledgeGen.Diagnostics.InvalidOption, null, "ClassName of " + what, className, "a C# identifier such as TradeFacts"));
                    generates = false;
                }
                else if (Emitting.CodeNames.IsReservedInKnowledgeBase(className))
                {
                    diagnostics.Add(DiagnosticInfo.Create(KnowledgeGen.Diagnostics.ClassNameTaken, null, "ClassName of " + what, className));
                    generates = false;
                }

                string folder = Parsing.FilePaths.Normalize(key).TrimEnd('/') + "/";
                foreach (KnowledgeBaseSpec earlier in bases)
                {
                    string earlierFolder = Parsing.FilePaths.Normalize(earlier.Key).TrimEnd('/') + "/";
                    if (generates && earlier.Generates && earlier.Namespace == ns && earlier.ClassName == className)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(KnowledgeGen.Diagnostics.KnowledgeBaseClassTwice, null, earlier.Key, key, ns + "." + className));
                        generates = false;
                    }

                    if (folder.StartsWith(earlierFolder, System.StringComparison.Ordinal) || earlierFolder.StartsWith(folder, System.StringComparison.Ordinal))
                    {
                        string inner = folder.Length >= earlierFolder.Length ? key : earlier.Key;
                        string outer = folder.Length >= earlierFolder.Length ? earlier.Key : key;
                        diagnostics.Add(DiagnosticInfo.Create(KnowledgeGen.Diagnostics.KnowledgeBaseFoldersOverlap, null, inner, outer));
                        generates = false;
                    }
                }

                bases.Add(new KnowledgeBaseSpec(key, ns, className, generates));
            }

            return bases.ToEquatableArray();
        }

        private static string? Get(AnalyzerConfigOptions options, string property)
            => options.TryGetValue("build_property." + property, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        /// <summary>
        /// A namespace made from RootNamespace: each part's characters that cannot stand in a name become '_', a
        /// part that starts with a digit or is a keyword gets a leading '_', and empty parts go. Null if nothing is left.
        /// </summary>
        public static string? NamespaceFrom(string? rootNamespace)
        {
            if (rootNamespace is null)
            {
                return null;
            }

            var parts = new System.Collections.Generic.List<string>();
            foreach (string part in rootNamespace.Split('.'))
            {
                var name = new System.Text.StringBuilder(part.Length);
                foreach (char c in part.Trim())
                {
                    name.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
                }

                if (name.Length == 0)
                {
                    continue;
                }

                string text = name.ToString();
                parts.Add(SyntaxFacts.IsIdentifierStartCharacter(text[0]) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None ? text : "_" + text);
            }

            return parts.Count == 0 ? null : string.Join(".", parts);
        }

        private static bool IsIdentifier(string text)
            => SyntaxFacts.IsValidIdentifier(text) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None;
    }
}
