using System;
using System.Globalization;
using System.IO;

// RS1035 bans file system calls in analyzer assemblies, because a generator must read only what the compiler
// hands it. Nothing in the generator calls this class: the build's path gate (KnowledgeGen.Build, which links
// this file) and the command-line tool do, before any compiler or check reads a file.
#pragma warning disable RS1035

namespace KnowledgeGen
{
    /// <summary>
    /// The rule every KnowledgeGen file's path is held to before anything reads it (docs/security.md): below its
    /// knowledge base's folder the path holds only safe characters (<see cref="IsSafe"/>), neither the file nor
    /// any folder between it and the knowledge base's folder is a symbolic link, and the path does not lead
    /// outside that folder. A file name is written into the compiler's response file and the analyzer config by
    /// MSBuild unescaped, and a link reads whatever it points at, so either could turn a facts-only change into
    /// code or into text from outside the repository.
    /// </summary>
    public static class KnowledgeBasePaths
    {
        public const string UnsafeCharacterId = "KG0007";
        public const string UnsafeCharacterTitle = "Unsafe character in a file path";
        public const string UnsafeCharacterMessage = "The path '{0}' holds {1}; below its knowledge base's folder a KnowledgeGen file's path may hold only letters, digits, combining marks, spaces and . _ - + , ( ) [ ] between its '/', so rename the file or folder";

        public const string LinkId = "KG0008";
        public const string LinkTitle = "File reached through a link or outside its folder";
        public const string LinkMessage = "'{0}' {1}; KnowledgeGen reads only files that really lie in their knowledge base's folder, so put the file itself there";

        /// <summary>The characters allowed in a path below a knowledge base's folder, besides the '/' between its parts.</summary>
        public static bool IsSafe(char c)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.DecimalDigitNumber:
                    return true;
                default:
                    return " ._-+,()[]".IndexOf(c) >= 0;
            }
        }

        /// <summary>
        /// What is wrong with <paramref name="file"/>'s path as a file of the knowledge base in
        /// <paramref name="folder"/>, or null when nothing is. The file is not opened.
        /// </summary>
        public static PathProblem? Check(string file, string folder)
        {
            string root = Path.GetFullPath(folder).Replace('\\', '/').TrimEnd('/') + "/";
            string full = Path.GetFullPath(file).Replace('\\', '/');
            if (!full.StartsWith(root, StringComparison.Ordinal))
            {
                return new PathProblem(LinkId, "lies outside its knowledge base's folder '" + PrintableText.Escape(folder.Replace('\\', '/')) + "'");
            }

            string relative = full.Substring(root.Length);
            foreach (char c in relative)
            {
                if (c != '/' && !IsSafe(c))
                {
                    string shown = PrintableText.Escape(c.ToString());
                    return new PathProblem(UnsafeCharacterId, string.Format(CultureInfo.InvariantCulture, "the character '{0}' (U+{1:X4})", shown, (int)c));
                }
            }

            // The file itself, then each folder above it up to the knowledge base's folder, which the project names.
            for (string part = relative; part.Length > 0; part = part.Substring(0, Math.Max(0, part.LastIndexOf('/'))))
            {
                if (IsLink(root + part))
                {
                    return new PathProblem(LinkId, part == relative
                        ? "is a symbolic link"
                        : "lies in the folder '" + PrintableText.Escape(part) + "' of its knowledge base, which is a symbolic link");
                }
            }

            return null;
        }

        /// <summary>A symbolic link (a reparse point on Windows), or a path that cannot be looked at: either is refused.</summary>
        public static bool IsLink(string path)
        {
            try
            {
                return (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0;
            }
            catch (IOException)
            {
                return true;
            }
            catch (UnauthorizedAccessException)
            {
                return true;
            }
        }
    }

    /// <summary>One path's problem: the diagnostic ID and what is wrong, to follow the path in its message.</summary>
    public sealed class PathProblem
    {
        public PathProblem(string id, string reason)
        {
            Id = id;
            Reason = reason;
        }

        public string Id { get; }

        public string Reason { get; }
    }
}
