using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Microsoft.Build.Framework;

namespace KnowledgeGen.Build
{
    /// <summary>
    /// The path gate: fails the build with KG0007 or KG0008, naming the file, when a KnowledgeGen file's path
    /// breaks <see cref="KnowledgeBasePaths"/>' rule. It runs before the targets that write file paths into the
    /// analyzer config and the compiler's response file, which is the only point early enough: a file name
    /// holding a line break is read there as new compiler arguments, long before a generator runs.
    /// </summary>
    public sealed class CheckKnowledgeGenPaths : ITask
    {
        public IBuildEngine? BuildEngine { get; set; }

        public ITaskHost? HostObject { get; set; }

        /// <summary>The project's additional files; those tagged with KnowledgeGenFile are checked.</summary>
        [Required]
        public ITaskItem[] Files { get; set; } = new ITaskItem[0];

        [Required]
        public string ProjectDirectory { get; set; } = string.Empty;

        public bool Execute()
        {
            bool clean = true;
            var seen = new HashSet<string>();
            foreach (ITaskItem item in Files)
            {
                if (string.IsNullOrWhiteSpace(item.GetMetadata("KnowledgeGenFile")))
                {
                    continue;
                }

                string path = item.GetMetadata("FullPath");
                if (!seen.Add(path))
                {
                    continue;
                }

                // A file the props found in a knowledge base's folder is held to that folder; one added by hand
                // is named by the project file, which code review covers, and is held to the project's folder.
                string folder = item.GetMetadata("KnowledgeGenFolder");
                PathProblem? problem = KnowledgeBasePaths.Check(path, folder.Length > 0 ? folder : ProjectDirectory);
                if (problem is null)
                {
                    continue;
                }

                clean = false;
                string shown = PrintableText.Escape(Display(path));
                string format = problem.Id == KnowledgeBasePaths.LinkId ? KnowledgeBasePaths.LinkMessage : KnowledgeBasePaths.UnsafeCharacterMessage;
                string message = string.Format(CultureInfo.InvariantCulture, format, shown, problem.Reason);
                BuildEngine?.LogErrorEvent(new BuildErrorEventArgs(
                    subcategory: null, code: problem.Id, file: shown, lineNumber: 0, columnNumber: 0, endLineNumber: 0, endColumnNumber: 0,
                    message: message, helpKeyword: null, senderName: nameof(CheckKnowledgeGenPaths)));
            }

            return clean;
        }

        /// <summary>The path relative to the project where it lies inside it, as the generator's diagnostics name files.</summary>
        private string Display(string path)
        {
            string root = Path.GetFullPath(ProjectDirectory).Replace('\\', '/').TrimEnd('/') + "/";
            string full = path.Replace('\\', '/');
            return full.StartsWith(root, System.StringComparison.Ordinal) ? full.Substring(root.Length) : full;
        }
    }
}
