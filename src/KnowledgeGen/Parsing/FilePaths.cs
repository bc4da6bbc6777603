using System.Collections.Generic;

namespace KnowledgeGen.Parsing
{
    /// <summary>
    /// Path arithmetic on strings alone, so that a source named relative to its fact file can be matched with
    /// the path of an additional file without touching the file system.
    /// </summary>
    public static class FilePaths
    {
        /// <summary>A YAML fact file (*.yaml, *.yml), whatever its name or folder.</summary>
        public static bool IsFactFile(string path)
            => path.EndsWith(".yaml", System.StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>A text that sources may name (*.txt).</summary>
        public static bool IsSourceText(string path) => path.EndsWith(".txt", System.StringComparison.OrdinalIgnoreCase);

        public static string Normalize(string path) => Collapse(path.Replace('\\', '/'));

        /// <summary>
        /// The path as a message shows it: relative to <paramref name="directory"/>, so that the same mistake reads the
        /// same on every machine; with '..' where it lies beside the folder, below a common folder other than the root;
        /// otherwise normalised as it is.
        /// </summary>
        public static string Display(string path, string directory)
        {
            string normalized = Normalize(path);
            if (directory.Length == 0)
            {
                return normalized;
            }

            string root = Normalize(directory).TrimEnd('/') + "/";
            if (normalized.StartsWith(root, System.StringComparison.Ordinal))
            {
                return normalized.Substring(root.Length);
            }

            // Outside the folder (a sample whose facts lie beside its project): climb out of the folder as far as
            // the two share a folder below the root, so that the path reads the same wherever the repository is.
            string[] from = root.TrimEnd('/').Split('/');
            string[] to = normalized.Split('/');
            int common = 0;
            while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
            {
                common++;
            }

            if (common < 2)
            {
                return normalized;
            }

            var parts = new List<string>();
            for (int i = common; i < from.Length; i++)
            {
                parts.Add("..");
            }

            for (int i = common; i < to.Length; i++)
            {
                parts.Add(to[i]);
            }

            return string.Join("/", parts);
        }

        public static string ResolveRelativeTo(string baseFile, string relativePath)
        {
            string normalizedBase = Normalize(baseFile);
            string relative = relativePath.Replace('\\', '/');
            if (relative.StartsWith("/", System.StringComparison.Ordinal) || (relative.Length > 1 && relative[1] == ':'))
            {
                return Collapse(relative);
            }

            int slash = normalizedBase.LastIndexOf('/');
            string directory = slash >= 0 ? normalizedBase.Substring(0, slash + 1) : string.Empty;
            return Collapse(directory + relative);
        }

        private static string Collapse(string path)
        {
            string[] parts = path.Split('/');
            var kept = new List<string>(parts.Length);
            for (int i = 0; i < parts.Length; i++)
            {
                string part = parts[i];
                if (part == "." || (part.Length == 0 && i > 0 && i < parts.Length - 1))
                {
                    continue;
                }

                if (part == ".." && kept.Count > 0 && kept[kept.Count - 1] != ".." && kept[kept.Count - 1].Length > 0)
                {
                    kept.RemoveAt(kept.Count - 1);
                    continue;
                }

                kept.Add(part);
            }

            return string.Join("/", kept);
        }
    }
}
