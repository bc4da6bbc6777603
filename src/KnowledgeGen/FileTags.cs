using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGen
{
    /// <summary>
    /// Which additional files are KnowledgeGen's: build/KnowledgeGen.props tags the files it adds with the item
    /// metadata KnowledgeGenFile ("facts" or "source"), and only tagged files are read, so that a YAML or text
    /// file another tool adds to the same project is never taken for a fact file or a source.
    /// </summary>
    public static class FileTags
    {
        public const string MetadataName = "KnowledgeGenFile";
        public const string BaseMetadataName = "KnowledgeGenBase";
        public const string Facts = "facts";
        public const string Source = "source";

        /// <summary>The file's tag, lower-case, or null for a file that is not KnowledgeGen's.</summary>
        public static string? Of(AnalyzerConfigOptions fileOptions)
            => fileOptions.TryGetValue("build_metadata.AdditionalFiles." + MetadataName, out string? tag) && !string.IsNullOrWhiteSpace(tag)
                ? tag.Trim().ToLowerInvariant()
                : null;

        /// <summary>The key of the &lt;KnowledgeBase&gt; item whose folder the props found the file in (KnowledgeGenBase metadata), or null.</summary>
        public static string? BaseOf(AnalyzerConfigOptions fileOptions)
            => fileOptions.TryGetValue("build_metadata.AdditionalFiles." + BaseMetadataName, out string? key) && !string.IsNullOrWhiteSpace(key)
                ? key.Trim()
                : null;

        public static bool IsFactFile(AnalyzerConfigOptions fileOptions) => Of(fileOptions) == Facts;

        public static bool IsSource(AnalyzerConfigOptions fileOptions) => Of(fileOptions) == Source;
    }
}
